// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #18: an open checks what it reads, not the documents' bytes, so its cost does not
// grow with the CVs in the file. Damage to the documents' table alone must still be caught:
// the file opens, `check` names the damage, and the damaged document is never handed out.
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/DocumentText.h"
#include "import/ApplicationImport.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "store/FileEvents.h"
#include "store/FileSession.h"
#include "store/WholeFileCheck.h"
#include "FilePages.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TestSupport;

namespace {

/// A new file with one candidate, Sato, and her CV of several pages; the CV's attachment id.
QUuid fileWithCv(const QString& file)
{
    auto store = createStore(file);
    if (!store) {
        return {};
    }
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
    return added.ok() ? added.value().meta.id : QUuid();
}

/// Damages the documents' table only: bytes in the middle of the CV ("payload") or the
/// header of the table's root page ("root").
bool damageDocuments(const QString& file, const QString& damage)
{
    if (damage == QLatin1String("root")) {
        return breakRootPage(file, QStringLiteral("document"));
    }
    const int pageSize = pageSizeOf(file);
    const QList<int> overflow = pagesOf(file, QStringLiteral("document"), QStringLiteral("overflow"));
    QFile f(file);
    if (overflow.size() <= 2 || pageSize < 512 || !f.open(QIODevice::ReadWrite)) {
        return false;
    }
    const int page = overflow.at(overflow.size() / 2);
    return f.seek(qint64(page - 1) * pageSize + 100) && f.write(QByteArray(400, '\xAB')) == 400;
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
        const QUuid attachmentId = fileWithCv(file);
        QVERIFY(!attachmentId.isNull());
        {
            auto store = Store::open(file, Store::Access::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QVERIFY(store.value()->check().ok() && store.value()->check().value().isEmpty());
        }
        QVERIFY(damageDocuments(file, damage));

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

    // The rest of the file, checked after the open (in the window, on a thread of its own
    // once the file is shown): the damage the open left out is found, and the session stops
    // writing, as it would have been refused at open.
    void wholeFileCheckFindsWhatTheOpenDoesNotRead_data() { damagedDocumentOpensButIsRefusedAndReported_data(); }

    void wholeFileCheckFindsWhatTheOpenDoesNotRead()
    {
        QFETCH(QString, damage);
        const QString file = m_dir.filePath(damage + QStringLiteral("-background.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(damageDocuments(file, damage));

        const auto found = WholeFileCheck::run(file);
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QVERIFY2(!found.value().isEmpty(), "the damage must be found");
        const QString report = found.value().join(QLatin1Char('\n'));
        if (damage == QLatin1String("payload")) {
            QVERIFY2(report.contains(QStringLiteral("The document \"Sato CV.txt\" of Sato")), qPrintable(report));
        }

        auto opened = Store::open(file, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Store& store = *opened.value();
        QVERIFY(!store.isReadOnly());
        FileSession session(store);
        QSignalSpy damageFound(&session, &FileSession::damageFound);
        QSignalSpy checked(&session, &FileSession::wholeFileChecked);
        session.checkWholeFile();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(checked.at(0).at(0).toString(), QString());
        QCOMPARE(damageFound.count(), 1);
        const QString message = damageFound.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("is damaged")) && message.contains(QStringLiteral("Restore the latest "
                                                                                                   "backup")),
                 qPrintable(message));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.readOnlyReason(), message);
        const auto saved = store.candidates().save(sampleCandidate(QStringLiteral("Tanaka")));
        QVERIFY2(!saved.ok(), "a damaged file takes no more changes");
        QCOMPARE(int(saved.code()), int(ErrorCode::ReadOnly));
        QCOMPARE(store.candidates().all().value().size(), 1);
    }

    void wholeFileCheckOfAWholeFileFindsNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("whole.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        const auto found = WholeFileCheck::run(file);
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found.value(), QStringList());

        auto opened = Store::open(file, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        FileSession session(*opened.value());
        QSignalSpy damageFound(&session, &FileSession::damageFound);
        QSignalSpy checked(&session, &FileSession::wholeFileChecked);
        session.checkWholeFile();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(checked.at(0).at(0).toString(), QString());
        QCOMPARE(damageFound.count(), 0);
        QVERIFY(!opened.value()->isReadOnly());
        QVERIFY(opened.value()->candidates().save(sampleCandidate(QStringLiteral("Tanaka"))).ok());
    }

    void stoppingTheSessionDropsItsWholeFileCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("closing.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(damageDocuments(file, QStringLiteral("root")));
        auto opened = Store::open(file, Store::Access::Edit);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        {
            FileSession session(*opened.value());
            QSignalSpy damageFound(&session, &FileSession::damageFound);
            session.checkWholeFile();
            session.stop();  // interrupts the check; what it finds later is not told
            QTest::qWait(200);
            QCOMPARE(damageFound.count(), 0);
        }
        QVERIFY(!opened.value()->isReadOnly());
    }

    // What an open reads is still checked by the open: a broken page there is refused.
    void damageInATableTheOpenReadsIsRefusedAtOpen_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("candidate") << "candidate";
        QTest::newRow("attachment") << "attachment";
        QTest::newRow("audit_log") << "audit_log";
        QTest::newRow("search index") << "search_index_data";
    }

    void damageInATableTheOpenReadsIsRefusedAtOpen()
    {
        QFETCH(QString, table);
        const QString file = m_dir.filePath(table + QStringLiteral("-broken.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(breakRootPage(file, table));
        for (Store::Access access : {Store::Access::ReadOnly, Store::Access::Edit}) {
            const auto opened = Store::open(file, access);
            QVERIFY2(!opened.ok(), "damage in what an open reads must be refused");
            QCOMPARE(int(opened.code()), int(ErrorCode::Damaged));
            QVERIFY2(opened.message().contains(QStringLiteral("is damaged")) &&
                         opened.message().contains(QStringLiteral("restore the latest backup")),
                     qPrintable(opened.message()));
        }
    }

    // The window's open (OpenCheck::BeforeWriting) checks the schema and the lease's table: a
    // table it does not read opens damaged, and the first change checks every table before it
    // writes, is refused, turns the session read-only for good and leaves the file as it was.
    // Damage the open's own reads meet (who the user is, the audit trail's head, the lease)
    // is refused at open, before the lease is taken.
    void theWindowsOpenChecksTheTablesBeforeItsFirstChange_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("refusedAtOpen");
        QTest::newRow("candidate") << "candidate" << false;
        QTest::newRow("attachment") << "attachment" << false;
        QTest::newRow("search index") << "search_index_data" << false;
        QTest::newRow("audit_log") << "audit_log" << false;
        QTest::newRow("file_info (the audit trail's head)") << "file_info" << true;
        QTest::newRow("person") << "person" << true;
        QTest::newRow("editing lease") << "editing_lease" << true;
    }

    void theWindowsOpenChecksTheTablesBeforeItsFirstChange()
    {
        QFETCH(QString, table);
        QFETCH(bool, refusedAtOpen);
        const QString file = m_dir.filePath(table + QStringLiteral("-broken-later.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(breakRootPage(file, table));
        const QString atFirst = sha256Of(file);
        auto opened = Store::open(file, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later,
                                  Store::OpenCheck::BeforeWriting);
        if (refusedAtOpen) {
            QVERIFY2(!opened.ok(), "damage the open reads is refused at open");
            QCOMPARE(int(opened.code()), int(ErrorCode::Damaged));
            QVERIFY2(opened.message().contains(QStringLiteral("restore the latest backup")),
                     qPrintable(opened.message()));
            QCOMPARE(sha256Of(file), atFirst);
            return;
        }
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Store& store = *opened.value();
        QVERIFY(!store.isReadOnly());
        bool told = false;
        QObject::connect(&store.events(), &FileEvents::accessChanged, [&told]() { told = true; });
        const QString before = sha256Of(file);
        const auto added = store.candidates().save(sampleCandidate(QStringLiteral("Tanaka")));
        QVERIFY2(!added.ok(), "no change may be written into a damaged file");
        QCOMPARE(int(added.code()), int(ErrorCode::Damaged));
        QVERIFY2(added.message().contains(QStringLiteral("Nothing was saved")) &&
                     added.message().contains(QStringLiteral("is damaged")) &&
                     added.message().contains(QStringLiteral("restore the latest backup")),
                 qPrintable(added.message()));
        QVERIFY(store.isReadOnly());
        QVERIFY(told);
        QVERIFY2(store.readOnlyReason().contains(QStringLiteral("is damaged")), qPrintable(store.readOnlyReason()));
        QCOMPARE(sha256Of(file), before);
        // For good: a second try and a takeover are refused too, and write nothing.
        QVERIFY(!store.candidates().save(sampleCandidate(QStringLiteral("Ito"))).ok());
        QCOMPARE(int(store.takeOverLease().code()), int(ErrorCode::Damaged));
        QCOMPARE(sha256Of(file), before);
    }

    // File > Import Applications in the window before the background check: the import is
    // one change, checked first like any other, and writes nothing into the damaged file.
    void anImportBeforeTheCheckWritesNothingIntoADamagedFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("attachment-broken-import.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(breakRootPage(file, QStringLiteral("attachment")));
        auto opened = Store::open(file, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later,
                                  Store::OpenCheck::BeforeWriting);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        const QByteArray csv = "family_name,given_names,gender,date_of_birth,nationality,administration,region,email,"
                               "phone,english_level,other_languages,consent_to_keep_data,application_date\n"
                               "Dubois,Alex,female,1980-01-15,Belgian,Belgian Customs,europe,a.dubois@example.org,,"
                               "c1,French:c1,yes,2023-06-01\n";
        const auto report = ApplicationImport::parse(csv, QStringLiteral("applications.csv"), opened.value().get());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        const QString before = sha256Of(file);
        const auto applied = ApplicationImport::apply(*opened.value(), report.value(), false);
        QVERIFY(!applied.ok());
        QCOMPARE(int(applied.code()), int(ErrorCode::Damaged));
        QVERIFY(opened.value()->isReadOnly());
        QCOMPARE(sha256Of(file), before);
    }

    // The day's backup, which pushes the oldest kept one out, is never made of damaged tables:
    // made after the window's open, it checks them first.
    void theDaysBackupAfterTheWindowsOpenChecksTheTablesFirst()
    {
        const QString file = m_dir.filePath(QStringLiteral("attachment-broken-backup.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        QVERIFY(breakRootPage(file, QStringLiteral("attachment")));
        const QDir backups(file.chopped(int(qstrlen(".accred"))) + QStringLiteral("-backups"));
        const QStringList before = backups.entryList(QDir::Files);
        auto opened = Store::open(file, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later,
                                  Store::OpenCheck::BeforeWriting);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(!opened.value()->makeDailyBackupIfDue());
        QVERIFY(opened.value()->isReadOnly());
        QVERIFY2(opened.value()->readOnlyReason().contains(QStringLiteral("is damaged")),
                 qPrintable(opened.value()->readOnlyReason()));
        QCOMPARE(backups.entryList(QDir::Files), before);

        const QString sound = m_dir.filePath(QStringLiteral("sound-backup.accred"));
        QVERIFY(!fileWithCv(sound).isNull());
        auto soundOpened = Store::open(sound, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later,
                                       Store::OpenCheck::BeforeWriting);
        QVERIFY2(soundOpened.ok(), qPrintable(soundOpened.message()));
        soundOpened.value()->makeDailyBackupIfDue();
        QVERIFY2(soundOpened.value()->backupWarning().isEmpty(), qPrintable(soundOpened.value()->backupWarning()));
        QVERIFY(!soundOpened.value()->isReadOnly());
    }

    // A sound file opened by the window is written as ever: the tables are checked once,
    // before the first change, and found sound.
    void theWindowsOpenOfASoundFileWritesAsEver()
    {
        const QString file = m_dir.filePath(QStringLiteral("sound-later.accred"));
        QVERIFY(!fileWithCv(file).isNull());
        auto opened = Store::open(file, Store::Access::Edit, Actor::current(), Store::DailyBackup::Later,
                                  Store::OpenCheck::BeforeWriting);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY2(opened.value()->candidates().save(sampleCandidate(QStringLiteral("Tanaka"))).ok(), "first change");
        QVERIFY2(opened.value()->candidates().save(sampleCandidate(QStringLiteral("Ito"))).ok(), "second change");
        QVERIFY(!opened.value()->isReadOnly());
        const auto checked = opened.value()->check();
        QVERIFY(checked.ok());
        QVERIFY2(checked.value().isEmpty(), qPrintable(checked.value().join(QLatin1Char('\n'))));
    }
};

AD_TEST_GUILESS_MAIN(TestDocumentDamage)
#include "TestDocumentDamage.moc"
