// SPDX-License-Identifier: GPL-3.0-or-later
// Every write starts with BEGIN IMMEDIATE and waits out another writer within the busy
// timeout instead of failing at once, as Qt's deferred transaction() would.
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace TestSupport;

namespace {

/// Another program holding the write lock for a while, on its own connection and thread.
class LockHolder : public QThread
{
public:
    LockHolder(QString path, int holdMs)
        : m_path(std::move(path))
        , m_holdMs(holdMs)
    {
    }
    QSemaphore locked;
    int result = -1;

protected:
    void run() override
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        result = sqlite3_exec(db, "BEGIN IMMEDIATE; UPDATE file_info SET value = value WHERE key = 'file_id';", nullptr,
                              nullptr, nullptr);
        locked.release();
        QThread::msleep(m_holdMs);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }

private:
    QString m_path;
    int m_holdMs;
};

}  // namespace

class TestWriteTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aSaveWaitsForAnotherWriterThenSucceeds()
    {
        const QString file = m_dir.filePath(QStringLiteral("busy.accred"));
        auto store = createStore(file);
        QVERIFY(store);
        LockHolder holder(file, 700);
        holder.start();
        holder.locked.acquire();
        QCOMPARE(holder.result, SQLITE_OK);
        // The other writer holds RESERVED; our BEGIN IMMEDIATE must wait, then go through.
        const auto saved = store->candidates().save(sampleCandidate(QStringLiteral("Patient")));
        holder.wait();
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(store->candidates().all().value().size(), 1);
        QCOMPARE(store->auditTrail().value().size(), 2);  // file.create, the save
        QVERIFY(store->check().value().isEmpty());
    }

    void twoStoresOnOneFileInterleaveWithoutLoss()
    {
        const QString file = m_dir.filePath(QStringLiteral("interleave.accred"));
        auto first = createStore(file);
        QVERIFY(first);
        auto second = Store::open(file);
        QVERIFY(second.ok());
        for (int i = 0; i < 50; ++i) {
            Store& store = i % 2 == 0 ? *first : *second.value();
            QVERIFY(store.candidates().save(sampleCandidate(QStringLiteral("Candidate %1").arg(i))).ok());
        }
        QCOMPARE(first->candidates().all().value().size(), 50);
        QCOMPARE(second.value()->auditTrail().value().size(), 51);  // file.create and the saves
        QVERIFY(second.value()->check().value().isEmpty());
    }
};

AD_TEST_GUILESS_MAIN(TestWriteTransaction)
#include "TestWriteTransaction.moc"
