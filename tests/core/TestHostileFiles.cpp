// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not ours, newer, damaged, planted or unreachable: each gets its own clear
// message, and the file keeps exactly the bytes it had.
#include "domain/Candidate.h"
#include "demo/DemoFile.h"
#include "store/LeaseHolder.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/FileFormat.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace TestSupport;

namespace {

void rawSql(const QString& path, const QStringList& statements)
{
    const QString error = runSql(path, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Everything in the folder, so a test can see that nothing was added beside the file.
QStringList folderListing(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

/// A child process starts rewriting every candidate and dies before committing, as a
/// machine does when it loses power: the file holds half-written pages and a hot journal.
void leaveHotJournal(const QString& file)
{
    const pid_t child = fork();
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; "
                     "UPDATE candidate SET ipr_experience = hex(randomblob(3000)); "
                     "UPDATE document SET content = randomblob(length(content));",
                     nullptr, nullptr, nullptr);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
}

/// The same for a review file: a child starts filling it and dies before committing.
void leaveReviewHotJournal(const QString& file)
{
    const pid_t child = fork();
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open(file.toUtf8().constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 1; BEGIN IMMEDIATE; "
                     "UPDATE review_info SET value = hex(randomblob(1500)); "
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                     "INSERT INTO review_info (key, value) SELECT 'filler' || i, hex(randomblob(1500)) FROM n;",
                     nullptr, nullptr, nullptr);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
}

Person sampleReviewer()
{
    Person reviewer;
    reviewer.meta.id = QUuid::createUuid();
    reviewer.name = QStringLiteral("Ana Mwangi");
    reviewer.account = QStringLiteral("ana");
    reviewer.role = PersonRole::Reviewer;
    return reviewer;
}

/// Saves `count` new candidates to `file`, so that it moves on from copies made before.
void saveSome(const QString& file, int count)
{
    auto store = Store::open(file, Store::Access::Edit);
    QVERIFY2(store.ok(), qPrintable(store.message()));
    for (int i = 0; i < count; ++i) {
        QVERIFY(store.value()->candidates().save(sampleCandidate(QStringLiteral("Later %1").arg(i))).ok());
    }
}

}  // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString fresh(const QString& name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        return folder + QStringLiteral("/file.accred");
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void refusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << "empty" << int(ErrorCode::NotOurs) << "is empty";
        QTest::newRow("random bytes") << "random" << int(ErrorCode::NotOurs) << "not an SQLite database at all";
        QTest::newRow("text file") << "text" << int(ErrorCode::NotOurs) << "not an Accreditation Desk file";
        QTest::newRow("another program's SQLite file") << "foreign" << int(ErrorCode::NotOurs) << "another program";
        QTest::newRow("newer format") << "newer" << int(ErrorCode::Newer) << "newer version";
        QTest::newRow("format version missing") << "zero" << int(ErrorCode::Damaged) << "never completed";
        QTest::newRow("WAL mode") << "wal" << int(ErrorCode::Refused) << "write-ahead logging";
        QTest::newRow("planted trigger") << "trigger" << int(ErrorCode::Damaged) << "trigger";
        QTest::newRow("planted view") << "view" << int(ErrorCode::Damaged) << "view";
        QTest::newRow("truncated") << "truncated" << int(ErrorCode::Damaged) << "cut short";
        QTest::newRow("bit-flipped pages") << "bitflip" << int(ErrorCode::Damaged) << "damaged";
        QTest::newRow("short header") << "short" << int(ErrorCode::Damaged) << "cut short";
        // What was found is named: an edited format number, a damaged layout.
        QTest::newRow("lowered format number") << "lowered" << int(ErrorCode::Damaged) << "format number was changed";
        QTest::newRow("added table") << "table" << int(ErrorCode::Damaged)
                                     << "layout is damaged (table notes was added)";
        QTest::newRow("dropped index") << "dropindex" << int(ErrorCode::Damaged) << "is missing";
    }

    void refusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString file = fresh(kind);
        if (kind == QLatin1String("empty")) {
            QVERIFY(writeFile(file, {}));
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (char& byte : bytes) {
                byte = char(generator.bounded(256));
            }
            QVERIFY(writeFile(file, bytes));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(file, "Family name;Given names\nSato;Haruka\n"));
        } else if (kind == QLatin1String("foreign")) {
            rawSql(file, {QStringLiteral("CREATE TABLE notes (body TEXT)"),
                          QStringLiteral("INSERT INTO notes VALUES ('not ours')")});
        } else if (kind == QLatin1String("short")) {
            QVERIFY(writeFile(file, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0')));
        } else {
            QVERIFY(QFile::copy(m_demo, file));
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
            if (kind == QLatin1String("newer")) {
                rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(FileFormat::kCurrentVersion + 7)});
            } else if (kind == QLatin1String("zero")) {
                rawSql(file, {QStringLiteral("PRAGMA user_version = 0")});
            } else if (kind == QLatin1String("wal")) {
                rawSql(file, {QStringLiteral("PRAGMA journal_mode = WAL")});
            } else if (kind == QLatin1String("trigger")) {
                rawSql(file, {QStringLiteral("CREATE TRIGGER steal AFTER INSERT ON candidate BEGIN "
                                             "DELETE FROM audit_log; END")});
            } else if (kind == QLatin1String("lowered")) {
                rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(FileFormat::kCurrentVersion - 2)});
            } else if (kind == QLatin1String("table")) {
                rawSql(file, {QStringLiteral("CREATE TABLE notes (body TEXT)")});
            } else if (kind == QLatin1String("dropindex")) {
                QString index;
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropindex"));
                db.setDatabaseName(file);
                QVERIFY(db.open());
                {
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                                                  "NULL ORDER BY name LIMIT 1")));
                    QVERIFY(q.next());
                    index = q.value(0).toString();
                }
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("dropindex"));
                rawSql(file, {QStringLiteral("DROP INDEX \"%1\"").arg(index)});
            } else if (kind == QLatin1String("view")) {
                rawSql(file, {QStringLiteral("CREATE VIEW everything AS SELECT * FROM candidate")});
            } else if (kind == QLatin1String("truncated")) {
                QByteArray bytes = readAll(file);
                QVERIFY(writeFile(file, bytes.left(bytes.size() / 2)));
            } else if (kind == QLatin1String("bitflip")) {
                // Flip bits in the b-tree page headers of pages 2 to 5.
                QByteArray bytes = readAll(file);
                const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
                for (int page = 1; page <= 4; ++page) {
                    bytes[page * pageSize] = char(bytes.at(page * pageSize) ^ 0x5A);
                    bytes[page * pageSize + 3] = char(bytes.at(page * pageSize + 3) ^ 0xFF);
                }
                QVERIFY(writeFile(file, bytes));
            }
        }
        const QString folder = QFileInfo(file).absolutePath();
        const QString before = sha256Of(file);
        const QStringList listingBefore = folderListing(folder);
        for (Store::Access access : {Store::Access::Edit, Store::Access::ReadOnly}) {
            const auto opened = Store::open(file, access);
            QVERIFY2(!opened.ok(), "a hostile file must be refused");
            QCOMPARE(int(opened.code()), code);
            QVERIFY2(opened.message().contains(message), qPrintable(opened.message()));
            // Only a planted trigger or view could run commands; nothing else is called that.
            QCOMPARE(opened.message().contains(QStringLiteral("hidden commands")),
                     kind == QLatin1String("trigger") || kind == QLatin1String("view"));
            QVERIFY2(opened.message().contains(QDir::toNativeSeparators(file)) || kind == QLatin1String("bitflip"),
                     qPrintable(opened.message()));
        }
        QCOMPARE(sha256Of(file), before);
        QCOMPARE(folderListing(folder), listingBefore);
    }

    void folderIsRefused()
    {
        const auto opened = Store::open(m_dir.path());
        QVERIFY(!opened.ok());
        QVERIFY(opened.message().contains(QStringLiteral("is a folder")));
    }

    void symlinkLoopIsRefused()
    {
        const QString a = m_dir.filePath(QStringLiteral("loop-a.accred"));
        const QString b = m_dir.filePath(QStringLiteral("loop-b.accred"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const auto opened = Store::open(a);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("leads nowhere")), qPrintable(opened.message()));
        QVERIFY(QFileInfo(a).isSymLink());
        QVERIFY(!QFileInfo::exists(a));
    }

    void hotJournalIsRefusedByReadersAndRecoveredByTheEditor()
    {
        const QString file = fresh(QStringLiteral("hot-journal"));
        QVERIFY(QFile::copy(m_demo, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QString intact = sha256Of(file);
        leaveHotJournal(file);
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-journal")));
        QVERIFY(sha256Of(file) != intact);
        const QString interrupted = sha256Of(file);

        const auto reader = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.message().contains(QStringLiteral("interrupted")), qPrintable(reader.message()));
        QCOMPARE(sha256Of(file), interrupted);
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-journal")));

        const auto editor = Store::open(file, Store::Access::Edit);
        QVERIFY2(editor.ok(), qPrintable(editor.message()));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        QVERIFY(editor.value()->check().value().isEmpty());
        QCOMPARE(editor.value()->candidates().all().value().size(), 14);
    }

    void backupCopiedOverAFileWithAHotJournalIsRefusedUntouched()
    {
        // A crash left the file with a hot journal; someone then copies yesterday's backup
        // over the file. The journal holds pages of the later file, not of the backup.
        const QString file = fresh(QStringLiteral("backup-over-hot-journal"));
        const QString backup = m_dir.filePath(QStringLiteral("backup-over-hot-journal.backup.accred"));
        QVERIFY(QFile::copy(m_demo, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::copy(file, backup));
        saveSome(file, 3);
        leaveHotJournal(file);
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFileInfo::exists(journal));
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::copy(backup, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QString fileBefore = sha256Of(file);
        const QString journalBefore = sha256Of(journal);
        const QStringList listingBefore = folderListing(QFileInfo(file).absolutePath());

        const auto editor = Store::open(file, Store::Access::Edit);
        QVERIFY2(!editor.ok(), "a journal written for another state of the file must not be replayed");
        QCOMPARE(editor.code(), ErrorCode::Refused);
        QVERIFY2(editor.message().contains(QStringLiteral("not written for the file")), qPrintable(editor.message()));
        QCOMPARE(sha256Of(file), fileBefore);
        QCOMPARE(sha256Of(journal), journalBefore);
        QCOMPARE(folderListing(QFileInfo(file).absolutePath()), listingBefore);

        // What the message advises works: with the journal moved away the backup opens whole.
        QVERIFY(QFile::rename(journal, m_dir.filePath(QStringLiteral("moved-away-journal"))));
        const auto reopened = Store::open(file, Store::Access::Edit);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        // This computer saw the three later saves, which the backup's trail lacks: the open
        // and check say so until the user accepts the older history.
        QVERIFY(!reopened.value()->historyWarning().isEmpty());
        QVERIFY(!reopened.value()->check().value().isEmpty());
        QVERIFY(reopened.value()->acceptHistory().ok());
        const QStringList problems = reopened.value()->check().value();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(reopened.value()->candidates().all().value().size(), 14);
    }

    void anotherFilesJournalIsRefusedUntouched()
    {
        // The hot journal of one file is copied beside another that moved on meanwhile.
        const QString other = fresh(QStringLiteral("journal-source"));
        QVERIFY(QFile::copy(m_demo, other));
        QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
        leaveHotJournal(other);
        QVERIFY(QFileInfo::exists(other + QStringLiteral("-journal")));

        const QString file = fresh(QStringLiteral("planted-journal"));
        QVERIFY(QFile::copy(m_demo, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        saveSome(file, 3);
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFile::copy(other + QStringLiteral("-journal"), journal));
        const QString fileBefore = sha256Of(file);
        const QString journalBefore = sha256Of(journal);
        const QStringList listingBefore = folderListing(QFileInfo(file).absolutePath());

        const auto editor = Store::open(file, Store::Access::Edit);
        QVERIFY2(!editor.ok(), "another file's journal must not be replayed");
        QVERIFY2(editor.message().contains(QStringLiteral("not written for the file")), qPrintable(editor.message()));
        QCOMPARE(sha256Of(file), fileBefore);
        QCOMPARE(sha256Of(journal), journalBefore);
        QCOMPARE(folderListing(QFileInfo(file).absolutePath()), listingBefore);
        // A reader is refused too, and is not told to do what would replay it blindly.
        const auto reader = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(!reader.ok());
        QVERIFY2(!reader.message().contains(QStringLiteral("open it once")), qPrintable(reader.message()));
        QCOMPARE(sha256Of(file), fileBefore);
    }

    void anotherFilesJournalBesideAReviewFileIsRefusedUntouched()
    {
        // Another review file's hot journal is copied beside a review file that moved on
        // since both were made: opening it for writing must not replay it.
        const Person reviewer = sampleReviewer();
        const QString folder = m_dir.filePath(QStringLiteral("review-journal"));
        QVERIFY(QDir().mkpath(folder));
        const QString other = folder + QStringLiteral("/other.review");
        const QString file = folder + QStringLiteral("/ana.review");
        QVERIFY(ReviewFile::create(other, QStringLiteral("shared"), reviewer).ok());
        {
            auto created = ReviewFile::create(file, QStringLiteral("shared"), reviewer);
            QVERIFY2(created.ok(), qPrintable(created.message()));
            for (int i = 0; i < 3; ++i) {
                QVERIFY(created.value()->declareConflict(QUuid::createUuid(), QStringLiteral("My cousin.")).ok());
            }
        }
        leaveReviewHotJournal(other);
        QVERIFY(QFileInfo::exists(other + QStringLiteral("-journal")));
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFile::copy(other + QStringLiteral("-journal"), journal));
        const QString fileBefore = sha256Of(file);
        const QString journalBefore = sha256Of(journal);
        const QStringList listingBefore = folderListing(folder);

        const auto opened = ReviewFile::open(file);
        QVERIFY2(!opened.ok(), "another file's journal must not be replayed into a review file");
        QVERIFY2(opened.message().contains(QStringLiteral("not written for the file")), qPrintable(opened.message()));
        QCOMPARE(sha256Of(file), fileBefore);
        QCOMPARE(sha256Of(journal), journalBefore);
        QCOMPARE(folderListing(folder), listingBefore);

        // The review file's own journal is still completed, as SQLite would.
        QVERIFY(QFile::remove(journal));
        leaveReviewHotJournal(file);
        QVERIFY(QFileInfo::exists(journal));
        const auto recovered = ReviewFile::open(file);
        QVERIFY2(recovered.ok(), qPrintable(recovered.message()));
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(recovered.value()->conflicts().value().size(), 3);
    }

    void twoFirstScoresOfOneItemAtOnceRefuseTheLaterClearly()
    {
        // Two windows (or processes) of one reviewer each save a first score of the same item:
        // the later one finds the earlier inside its own transaction and is refused as a
        // conflict, not by the file's constraint.
        const Person reviewer = sampleReviewer();
        const QString file = m_dir.filePath(QStringLiteral("two-first-scores.review"));
        QVERIFY(ReviewFile::create(file, QStringLiteral("shared"), reviewer).ok());
        auto first = ReviewFile::open(file);
        auto second = ReviewFile::open(file);
        QVERIFY(first.ok() && second.ok());
        Score score;
        score.reviewerId = reviewer.meta.id;
        score.candidateId = QUuid::createUuid();
        score.criterionKey = QStringLiteral("personal.interpersonal");
        score.rating = 2;
        QVERIFY(first.value()->saveScore(score).ok());
        score.rating = 3;
        const auto later = second.value()->saveScore(score);
        QVERIFY(!later.ok());
        QCOMPARE(later.code(), ErrorCode::Conflict);
        QVERIFY2(later.message().contains(QStringLiteral("elsewhere")), qPrintable(later.message()));
        QCOMPARE(second.value()->scores().value().size(), 1);
        QCOMPARE(second.value()->scores().value().constFirst().rating, std::optional<int>(2));
        QCOMPARE(second.value()->revision().value(), qint64(1));
    }

    void takingOverDoesNotReplayAnotherFilesJournal()
    {
        // The window opened the file read-only (someone else's stale lease); before the
        // officer takes over, another file's journal lands beside it. Taking over reopens
        // the file for writing: that reopening must judge the journal as an open does.
        const QString other = fresh(QStringLiteral("takeover-journal-source"));
        QVERIFY(QFile::copy(m_demo, other));
        QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
        leaveHotJournal(other);
        const QString file = fresh(QStringLiteral("takeover-journal"));
        QVERIFY(QFile::copy(m_demo, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        saveSome(file, 3);
        rawSql(file, {QStringLiteral("INSERT INTO editing_lease (slot, person, machine, session, since, heartbeat, "
                                     "sessions) VALUES (1, 'someone-else', 'another-machine', "
                                     "'{00000000-0000-0000-0000-000000000001}', '2020-01-01T08:00:00.000Z', "
                                     "'2020-01-01T08:00:00.000Z', 1)")});
        auto opened = Store::open(file, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        std::unique_ptr<Store> store = std::move(opened).value();
        QVERIFY(store->isReadOnly());
        QVERIFY(store->otherEditor().has_value());
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFile::copy(other + QStringLiteral("-journal"), journal));
        const QString fileBefore = sha256Of(file);
        const QString journalBefore = sha256Of(journal);

        const Status taken = store->takeOverLease();
        QVERIFY2(!taken.ok(), "taking over must not replay another file's journal");
        QVERIFY2(taken.message().contains(QStringLiteral("not written for the file")), qPrintable(taken.message()));
        QVERIFY(store->isReadOnly());
        store.reset();
        QCOMPARE(sha256Of(file), fileBefore);
        QCOMPARE(sha256Of(journal), journalBefore);
    }

    void unreadableFileIsRefused()
    {
        if (runningAsRoot()) {
            QString output;
            QCOMPARE(runFunctionUnprivileged(QStringLiteral("unreadableFileIsRefused"), &output), 0);
            QVERIFY2(output.contains(QStringLiteral("PASS   : TestHostileFiles::unreadableFileIsRefused")),
                     qPrintable(output));
            return;
        }
        const QString file = fresh(QStringLiteral("unreadable"));
        QVERIFY(QFile::copy(m_demo, file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        const auto opened = Store::open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("cannot be read")), qPrintable(opened.message()));
        QFile::setPermissions(file, QFile::ReadOwner);
        QVERIFY(Store::open(file, Store::Access::ReadOnly).ok());
    }

    void readOnlyFileOpensReadOnlyAndSaysSo()
    {
        if (runningAsRoot()) {
            QString output;
            QCOMPARE(runFunctionUnprivileged(QStringLiteral("readOnlyFileOpensReadOnlyAndSaysSo"), &output), 0);
            QVERIFY2(output.contains(QStringLiteral("PASS   : TestHostileFiles::readOnlyFileOpensReadOnlyAndSaysSo")),
                     qPrintable(output));
            return;
        }
        const QString file = fresh(QStringLiteral("read-only"));
        QVERIFY(QFile::copy(m_demo, file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QString before = sha256Of(file);
        const auto opened = Store::open(file, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(opened.value()->isReadOnly());
        QVERIFY(opened.value()->readOnlyReason().contains(QStringLiteral("only read")));
        QCOMPARE(opened.value()->candidates().all().value().size(), 14);
        const auto refused = opened.value()->candidates().save(sampleCandidate(QStringLiteral("Nobody")));
        QCOMPARE(refused.code(), ErrorCode::ReadOnly);
        QCOMPARE(sha256Of(file), before);
    }
};

AD_TEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
