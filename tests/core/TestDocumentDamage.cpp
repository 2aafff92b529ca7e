// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18: an open checks what it reads, not the documents' bytes, so its cost does not
// grow with the CVs in the file. Damage to the documents' table alone must still be caught:
// the file opens, `check` names the damage, and the damaged document is never handed out.
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/DocumentText.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TestSupport;

namespace {

/// The numbers of the pages of `table` of the given dbstat page type ("leaf", "overflow",
/// "internal"), read straight through SQLite as a tool outside the program would.
QList<int> pagesOf(const QString& file, const QString& table, const QString& type)
{
    QList<int> pages;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = '%2' "
                                              "ORDER BY pageno")
                                   .arg(table, type)
                                   .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                pages.append(sqlite3_column_int(statement, 0));
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return pages;
}

int rootPageOf(const QString& file, const QString& table)
{
    int root = 0;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                   .arg(table)
                                   .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            root = sqlite3_column_int(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return root;
}

}  // namespace

class TestDocumentDamage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void damagedDocumentOpensButIsRefusedAndReported_data()
    {
        QTest::addColumn<QString>("damage");
        // Bytes of a CV changed on the disk: SQLite's own checks cannot see it, its SHA-256 can.
        QTest::newRow("bytes of an overflow page") << "payload";
        // The table's root page itself unreadable: every read of the documents fails.
        QTest::newRow("header of the root page") << "root";
    }

    void damagedDocumentOpensButIsRefusedAndReported()
    {
        QFETCH(QString, damage);
        const QString file = m_dir.filePath(damage + QStringLiteral(".accred"));
        QUuid attachmentId;
        QUuid keptId;
        {
            auto store = createStore(file);
            QVERIFY(store);
            const Candidate sato = store->candidates().save(sampleCandidate(QStringLiteral("Sato"))).value();
            Attachment cv;
            cv.candidateId = sato.meta.id;
            cv.kind = AttachmentKind::Cv;
            cv.fileName = QStringLiteral("Sato CV.txt");
            cv.mediaType = QStringLiteral("text/plain");
            for (int line = 0; line < 4000; ++line) {
                cv.content += QByteArray("Line ") + QByteArray::number(line) + " of the curriculum of Sato.\n";
            }
            const auto added = store->candidates().addAttachment(cv);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            attachmentId = added.value().meta.id;
            QVERIFY(store->check().ok() && store->check().value().isEmpty());
        }
        const int pageSize = [&file] {
            QFile f(file);
            const QByteArray header = f.open(QIODevice::ReadOnly) ? f.read(18) : QByteArray();
            return header.size() == 18 ? (uchar(header.at(16)) << 8) | uchar(header.at(17)) : 0;
        }();
        QVERIFY(pageSize >= 512);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("payload")) {
            const QList<int> overflow = pagesOf(file, QStringLiteral("document"), QStringLiteral("overflow"));
            QVERIFY2(overflow.size() > 2, "the CV spans overflow pages");
            const int page = overflow.at(overflow.size() / 2);
            QVERIFY(f.seek(qint64(page - 1) * pageSize + 100));
            QCOMPARE(f.write(QByteArray(400, '\xAB')), qint64(400));
        } else {
            const int root = rootPageOf(file, QStringLiteral("document"));
            QVERIFY(root > 1);
            QVERIFY(f.seek(qint64(root - 1) * pageSize));
            QByteArray header = f.read(8);
            header[0] = char(header.at(0) ^ 0x5A);
            header[3] = char(header.at(3) ^ 0xFF);
            QVERIFY(f.seek(qint64(root - 1) * pageSize));
            QCOMPARE(f.write(header), qint64(8));
        }
        f.close();

        for (Store::Access access : {Store::Access::ReadOnly, Store::Access::Edit}) {
            auto opened = Store::open(file, access);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            Store& store = *opened.value();
            QCOMPARE(store.candidates().all().value().size(), 1);

            const auto content = store.candidates().attachmentContent(attachmentId);
            QVERIFY2(!content.ok(), "damaged bytes must never be handed out");
            QCOMPARE(int(content.code()), int(ErrorCode::Damaged));
            QVERIFY2(content.message().contains(QStringLiteral("\"Sato CV.txt\" is damaged")),
                     qPrintable(content.message()));
            QVERIFY2(content.message().contains(QStringLiteral("restore the latest backup")),
                     qPrintable(content.message()));

            const auto toRead = store.search().documentsToRead(10, 10'000'000);
            QVERIFY2(!toRead.ok(), "the indexer must not read damaged bytes either");
            QCOMPARE(int(toRead.code()), int(ErrorCode::Damaged));

            const auto checked = store.check();
            QVERIFY2(checked.ok(), qPrintable(checked.message()));
            const QString report = checked.value().join(QLatin1Char('\n'));
            QVERIFY2(report.contains(QStringLiteral("The document \"Sato CV.txt\" of Sato")), qPrintable(report));
            // SQLite's own check sees a broken page, not changed bytes.
            QCOMPARE(report.contains(QStringLiteral("Integrity:")), damage == QLatin1String("root"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDocumentDamage)
#include "TestDocumentDamage.moc"
