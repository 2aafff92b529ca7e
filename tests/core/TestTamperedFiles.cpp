// SPDX-License-Identifier: GPL-3.0-or-later
// Files changed behind the application's back, as a tamperer with sqlite3 (or a
// re-implementation of the audit trail's hashing) would: `check` names what was changed,
// and a history rewritten with its whole chain recomputed is caught where it was seen.
#include "store/AuditEntry.h"
#include "domain/Candidate.h"
#include "demo/DemoFile.h"
#include "store/SeenHistory.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "Tamperer.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Tamperer;

namespace {

QString problemsOf(const QString& path)
{
    auto store = Store::open(path, Store::Access::ReadOnly);
    if (!store.ok()) {
        return QStringLiteral("cannot open: ") + store.message();
    }
    const auto problems = store.value()->check();
    return problems.ok() ? problems.value().join(QLatin1Char('\n')) : problems.message();
}

}  // namespace

class TestTamperedFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    /// A copy of the demo in a folder of its own: a file nobody here has opened yet.
    QString copyOfDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_copies));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/demo.accred");
        return QFile::copy(m_demo, path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        // What this computer remembers of files goes to the test's own folder.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        const Status demo = DemoFile::create(m_demo);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        const QString problems = problemsOf(m_demo);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void deletingTheAuditTrailIsDamage()
    {
        const QString file = copyOfDemo();
        QCOMPARE(runSql(file, {QStringLiteral("DELETE FROM audit_log")}), QString());
        QVERIFY2(problemsOf(file).contains(QStringLiteral("The audit trail is empty")), qPrintable(problemsOf(file)));
    }

    void deletingTheTrailAndItsHeadIsDamage()
    {
        const QString file = copyOfDemo();
        QCOMPARE(runSql(file, {QStringLiteral("DELETE FROM audit_log"),
                               QStringLiteral("DELETE FROM file_info WHERE key = 'audit_head'")}),
                 QString());
        QVERIFY2(problemsOf(file).contains(QStringLiteral("The audit trail is empty")), qPrintable(problemsOf(file)));
    }

    void aTrailShortenedWithItsHeadMovedBackIsDamage()
    {
        const QString file = copyOfDemo();
        // The last entries go, and the head is set to the entry that is now the last.
        QCOMPARE(runSql(file, {QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)"),
                               QStringLiteral("UPDATE file_info SET value = (SELECT seq || ' ' || hash FROM audit_log "
                                              "ORDER BY seq DESC LIMIT 1) WHERE key = 'audit_head'")}),
                 QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("do not match the audit trail's last entry")), qPrintable(problems));
    }

    void aCandidatesNameEditedWithSqliteIsNamed()
    {
        const QString file = copyOfDemo();
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE candidate SET family_name = 'Forged' WHERE id = "
                                              "(SELECT id FROM candidate ORDER BY id LIMIT 1)")}),
                 QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("Candidate \"Forged")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("was changed outside Accreditation Desk")), qPrintable(problems));
    }

    void aDecisionsReasonEditedWithSqliteIsNamed()
    {
        const QString file = copyOfDemo();
        QString family;
        QCOMPARE(behindTheBack(
                     file,
                     [&](QSqlDatabase db) -> QString {
                         QSqlQuery q(db);
                         if (!q.exec(QStringLiteral("SELECT d.id, c.family_name FROM stage_decision d JOIN candidate c "
                                                    "ON c.id = d.candidate_id ORDER BY d.id LIMIT 1")) ||
                             !q.next()) {
                             return QStringLiteral("the demo has no decision");
                         }
                         const QString id = q.value(0).toString();
                         family = q.value(1).toString();
                         q.finish();
                         q.prepare(QStringLiteral("UPDATE stage_decision SET reason = 'Decided by the minister' "
                                                  "WHERE id = :id"));
                         q.bindValue(QStringLiteral(":id"), id);
                         return q.exec() ? QString() : q.lastError().text();
                     }),
                 QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("The stage_decision record")), qPrintable(problems));
        QVERIFY2(problems.contains(family), qPrintable(problems));
    }

    void recordsAddedOrRemovedWithSqliteAreNamed()
    {
        const QString file = copyOfDemo();
        QCOMPARE(runSql(file, {QStringLiteral("INSERT INTO person (id, name, account, role, administration, email, "
                                              "row_version, modified_at, modified_by) VALUES "
                                              "('6f1e0000-0000-4000-8000-000000000009', 'Planted', 'planted', "
                                              "'officer', '', '', 1, '2024-01-01T00:00:00.000Z', 'x@y')"),
                               QStringLiteral("DELETE FROM candidate_language WHERE rowid = "
                                              "(SELECT min(rowid) FROM candidate_language)")}),
                 QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("The person record 6f1e0000-0000-4000-8000-000000000009 was added "
                                                  "outside")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("candidate_language")) &&
                     problems.contains(QStringLiteral("was removed outside")),
                 qPrintable(problems));
    }

    void aFlippedByteInADocumentIsNamedWithItsAttachment()
    {
        const QString file = copyOfDemo();
        QString fileName;
        QString family;
        QCOMPARE(
            behindTheBack(
                file,
                [&](QSqlDatabase db) -> QString {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("SELECT d.sha256, d.content, a.file_name, c.family_name FROM document d "
                                               "JOIN attachment a ON a.sha256 = d.sha256 JOIN candidate c "
                                               "ON c.id = a.candidate_id ORDER BY d.sha256 LIMIT 1")) ||
                        !q.next()) {
                        return QStringLiteral("the demo has no document");
                    }
                    const QString key = q.value(0).toString();
                    QByteArray bytes = q.value(1).toByteArray();
                    fileName = q.value(2).toString();
                    family = q.value(3).toString();
                    q.finish();
                    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
                    q.prepare(QStringLiteral("UPDATE document SET content = :content WHERE sha256 = :key"));
                    q.bindValue(QStringLiteral(":content"), bytes);
                    q.bindValue(QStringLiteral(":key"), key);
                    return q.exec() ? QString() : q.lastError().text();
                }),
            QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("no longer has the bytes it was stored with")), qPrintable(problems));
        QVERIFY2(problems.contains(fileName) && problems.contains(family), qPrintable(problems));
    }

    void theSearchTextEditedWithSqliteIsNamed()
    {
        const QString file = copyOfDemo();
        // A candidate's searchable name, as the index keeps it (cli_testcli edits a
        // document's text, which the extractor outside core reads).
        QCOMPARE(runSql(file, {QStringLiteral("UPDATE search_index SET body = 'forged words' WHERE rowid = "
                                              "(SELECT min(rowid) FROM search_index WHERE place = 'family_name')")}),
                 QString());
        const QString problems = problemsOf(file);
        QVERIFY2(problems.contains(QStringLiteral("The search_row record")), qPrintable(problems));
    }

    void aChainRehashedAfterChangingAnActorIsCaughtWhereTheFileWasSeen()
    {
        const QString file = copyOfDemo();
        {
            // Seen on this computer: opening remembers its last entry.
            auto seen = Store::open(file, Store::Access::ReadOnly);
            QVERIFY2(seen.ok(), qPrintable(seen.message()));
            QVERIFY(seen.value()->historyWarning().isEmpty());
        }
        QCOMPARE(rewriteActor(file, 2, QStringLiteral("someone-else@pc-9")), QString());
        // The chain is whole in itself: the tamperer's hashing is the application's.
        {
            auto store = Store::open(file, Store::Access::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            const QString warning = store.value()->historyWarning();
            QVERIFY2(warning.contains(QStringLiteral("no longer holds what this computer saw")), qPrintable(warning));
            const auto problems = store.value()->check();
            QVERIFY(problems.ok());
            QVERIFY(problems.value().contains(warning));
            // It keeps warning until someone accepts the present history.
        }
        auto again = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(again.ok());
        QVERIFY(!again.value()->historyWarning().isEmpty());
        QVERIFY(again.value()->acceptHistory().ok());
        again.value().reset();
        auto accepted = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(accepted.ok());
        QVERIFY(accepted.value()->historyWarning().isEmpty());
    }

    void openingAFileSeenAsItIsLeavesTheRecordUntouched()
    {
        // Every command opens the file; rewriting what this computer saw of it (a locked,
        // synced copy and a rename) when nothing changed made every read a write.
        const QString file = copyOfDemo();
        QVERIFY(Store::open(file, Store::Access::ReadOnly).ok());
        QFile settings(SeenHistory::settingsPath());
        QVERIFY(settings.open(QIODevice::Append | QIODevice::Text));
        settings.write("; left as it was\n");
        settings.close();
        {
            auto again = Store::open(file, Store::Access::ReadOnly);
            QVERIFY(again.ok());
            QVERIFY(again.value()->historyWarning().isEmpty());
        }
        QVERIFY(settings.open(QIODevice::ReadOnly | QIODevice::Text));
        QVERIFY2(settings.readAll().contains("; left as it was"), "the record was rewritten with nothing new");
    }

    void aRehashedChainOfAFileNeverSeenHereIsNotCaught()
    {
        // What only the folder's permissions prevent (docs/shared-file.md): a tool that
        // re-implements the hashing changes the history of a file this computer never saw
        // and that has no backups beside it.
        const QString file = copyOfDemo();
        QCOMPARE(rewriteActor(file, 2, QStringLiteral("someone-else@pc-9")), QString());
        QCOMPARE(problemsOf(file), QString());
    }

    void aRehashedChainIsCaughtByTheBackupsBesideTheFile()
    {
        const QString file = copyOfDemo();
        {
            // Opening for editing makes the day's backup beside the file.
            auto store = Store::open(file, Store::Access::Edit);
            QVERIFY2(store.ok(), qPrintable(store.message()));
        }
        // A computer that never saw the file.
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("another-computer")).toUtf8());
        QCOMPARE(rewriteActor(file, 2, QStringLiteral("someone-else@pc-9")), QString());
        const QString problems = problemsOf(file);
        qputenv("XDG_CONFIG_HOME", config);
        QVERIFY2(problems.contains(QStringLiteral("which this file's history no longer holds")), qPrintable(problems));
    }

    void writesKeepTheSealsAndAnErasureKeepsTheChain()
    {
        const QString file = copyOfDemo();
        auto store = Store::open(file, Store::Access::Edit);
        QVERIFY2(store.ok(), qPrintable(store.message()));
        const auto candidates = store.value()->candidates().all();
        QVERIFY(candidates.ok() && candidates.value().size() > 2);
        Candidate changed = candidates.value().at(0);
        changed.position = QStringLiteral("Head of the IPR unit");
        QVERIFY(store.value()->candidates().save(changed).ok());
        const auto head = store.value()->auditTrail().value().constLast();
        const QUuid erased = candidates.value().at(1).meta.id;
        const auto erasure =
            store.value()->candidates().erasePersonalData(erased, QStringLiteral("Asked to be forgotten"));
        QVERIFY2(erasure.ok(), qPrintable(erasure.message()));
        // The erasure redacted values, yet every earlier entry keeps its hash.
        const auto trail = store.value()->auditTrail().value();
        QCOMPARE(trail.at(int(head.seq) - 1).hash, head.hash);
        const auto problems = store.value()->check();
        QVERIFY2(problems.ok() && problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));
    }
};

AD_TEST_GUILESS_MAIN(TestTamperedFiles)
#include "TestTamperedFiles.moc"
