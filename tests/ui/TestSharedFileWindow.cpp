// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a shared file: who edits, taking over a stale lease, changes by
// others appearing by themselves, history, people, backups and review files.
#include "history/AuditTrailDialog.h"
#include "history/AuditTrailModel.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "widgets/ConflictDialog.h"
#include "demo/DemoFile.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "PeopleDialog.h"
#include "SettingsDialog.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "assessment/ScoresView.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/CandidateSearch.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "Tamperer.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

namespace {

/// The title as the window manager shows it: "[*]" becomes the modified mark or nothing.
QString displayedTitle(const QWidget& window)
{
    QString title = window.windowTitle();
    return title.replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString());
}

const Actor kColleague{QStringLiteral("bcolleague"), QStringLiteral("pc-2")};

void rawSql(const QString& path, const QString& sql)
{
    const QString error = runSql(path, {sql});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QAction* action(QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

QString screenshotPath(const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    return QStringLiteral(AD_BINARY_DIR "/screenshots/") + name;
}

}  // namespace

class TestSharedFileWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A demo file in its own folder, in which a colleague officer is recorded too.
    QString sharedDemo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("share-%1").arg(++m_count));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/shared.accred");
        if (!DemoFile::create(path).ok()) {
            return {};
        }
        auto store = Store::open(path);
        Person colleague;
        colleague.name = QStringLiteral("Bea Colleague");
        colleague.account = kColleague.person;
        colleague.role = PersonRole::Officer;
        return store.ok() && store.value()->people().save(colleague).ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk shared tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void someoneElseEditingMakesTheWindowReadOnlyAndSaysWho()
    {
        const QString file = sharedDemo();
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(colleague.ok());
        QVERIFY(!colleague.value()->isReadOnly());
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY(displayedTitle(window).endsWith(QStringLiteral("(read-only)")));
        const QString notice = window.findChild<QLabel*>(QStringLiteral("accessNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("bcolleague is editing this file on pc-2")), qPrintable(notice));
        QVERIFY(!action(window, "actionImportReviews")->isEnabled());
        QVERIFY(action(window, "actionFileHistory")->isEnabled());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), notice);
        window.resize(1100, 500);
        QApplication::processEvents();
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("read-only-while-colleague-edits.png"))));
    }

    void aStaleLeaseIsOfferedAndTakenOver()
    {
        const QString file = sharedDemo();
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(colleague.ok());
        rawSql(file, QStringLiteral("UPDATE editing_lease SET heartbeat = '%1'")
                         .arg(QDateTime::currentDateTimeUtc().addSecs(-900).toString(Qt::ISODateWithMs)));
        MainWindow window;
        window.show();
        MessageBox::setNextAnswer(true);
        QVERIFY(window.openFile(file));
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("bcolleague was editing this file on pc-2")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(window.store() && !window.store()->isReadOnly());
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — shared.accred"));
        QVERIFY(action(window, "actionImportReviews")->isEnabled());
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
        // The colleague's session, woken up, can no longer write.
        QCOMPARE(colleague.value()->heartbeat().code(), ErrorCode::Refused);
    }

    void declinedTakeOverStaysReadOnly()
    {
        const QString file = sharedDemo();
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        rawSql(file, QStringLiteral("UPDATE editing_lease SET heartbeat = '%1'")
                         .arg(QDateTime::currentDateTimeUtc().addSecs(-900).toString(Qt::ISODateWithMs)));
        MainWindow window;
        MessageBox::setNextAnswer(false);
        QVERIFY(window.openFile(file));
        QVERIFY(window.store()->isReadOnly());
        QVERIFY(displayedTitle(window).endsWith(QStringLiteral("(read-only)")));
    }

    void losingTheLeaseIsToldAndEditingStops()
    {
        const QString file = sharedDemo();
        MainWindow window;
        QVERIFY(window.openFile(file));
        QVERIFY(!window.store()->isReadOnly());
        rawSql(file, QStringLiteral("UPDATE editing_lease SET person = 'bcolleague', machine = 'pc-2'"));
        window.keepLeaseAlive();
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("bcolleague took over editing")));
        QVERIFY(window.store()->isReadOnly());
        QVERIFY(displayedTitle(window).endsWith(QStringLiteral("(read-only)")));
        QVERIFY(!action(window, "actionImportReviews")->isEnabled());
    }

    void changesSavedByOthersAppearByThemselves()
    {
        const QString file = sharedDemo();
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file, true));
        QCOMPARE(window.candidateModel()->rowCount(), 14);
        auto editor = Store::open(file);  // another process of the same officer
        QVERIFY(editor.ok());
        QVERIFY(editor.value()->candidates().save(sampleCandidate(QStringLiteral("Newcomer"))).ok());
        // The window's own timer notices it; no call from the test.
        QTRY_COMPARE_WITH_TIMEOUT(window.candidateModel()->rowCount(), 15, 10000);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Updated with changes saved by others."));
    }

    void historyShowsTheFileAndACandidateWithFilters()
    {
        const QString file = sharedDemo();
        auto store = Store::open(file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        AuditTrailDialog dialog(*store.value(), QUuid(), QString());
        const int all = dialog.filter()->rowCount();
        QVERIFY(all > 50);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("historyKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("decision")));
        const int decisions = dialog.filter()->rowCount();
        QVERIFY(decisions > 10 && decisions < all);
        for (int row = 0; row < decisions; ++row) {
            const QString what = dialog.filter()->index(row, AuditTrailModel::What).data().toString();
            QVERIFY2(what.contains(QLatin1String(" moved ")), qPrintable(what));
        }
        kind->setCurrentIndex(0);
        dialog.findChild<QLineEdit*>(QStringLiteral("historySearch"))->setText(QStringLiteral("elodie"));
        QVERIFY(dialog.filter()->rowCount() >= 1);
        QVERIFY(dialog.filter()->rowCount() < all);
        auto* person = dialog.findChild<QComboBox*>(QStringLiteral("historyPerson"));
        QVERIFY(person->count() >= 2);
        dialog.findChild<QLineEdit*>(QStringLiteral("historySearch"))->clear();
        person->setCurrentIndex(1);
        const QString someone = person->currentText();
        QVERIFY(dialog.filter()->rowCount() > 0);
        for (int row = 0; row < dialog.filter()->rowCount(); ++row) {
            QCOMPARE(dialog.filter()->index(row, AuditTrailModel::Who).data().toString(), someone);
        }
        person->setCurrentIndex(0);
        QCOMPARE(dialog.filter()->rowCount(), all);
        auto* from = dialog.findChild<QDateEdit*>(QStringLiteral("historyFrom"));
        from->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(dialog.filter()->rowCount(), 0);
        from->setDate(QDate(2000, 1, 1));
        QCOMPARE(dialog.filter()->rowCount(), all);

        // Through the menu, for the selected candidate.
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file, true));
        auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        int rows = -1;
        QString title;
        QTimer::singleShot(0, this, [&]() {
            auto* shown = qobject_cast<AuditTrailDialog*>(QApplication::activeModalWidget());
            QVERIFY(shown);
            title = shown->windowTitle();
            rows = shown->filter()->rowCount();
            shown->resize(900, 560);
            QApplication::processEvents();
            shown->grab().save(screenshotPath(QStringLiteral("candidate-history.png")));
            shown->reject();
        });
        action(window, "actionCandidateHistory")->trigger();
        QCOMPARE(title, QStringLiteral("History of Aïssata Diallo"));
        QVERIFY(rows >= 2);  // added, documents attached
    }

    void peopleAreRecordedByTheOfficer()
    {
        const QString file = sharedDemo();
        auto store = Store::open(file);
        QVERIFY(store.ok());
        PeopleDialog dialog(*store.value());
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("peopleTable"));
        QCOMPARE(table->rowCount(), 2);
        Person reviewer;
        reviewer.name = QStringLiteral("Kenji Morita");
        reviewer.account = QStringLiteral("kmorita");
        reviewer.role = PersonRole::Reviewer;
        QVERIFY(dialog.editPerson(-1, &reviewer));
        QCOMPARE(table->rowCount(), 3);
        Person invalid;
        QVERIFY(!dialog.editPerson(-1, &invalid));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("name")));
        dialog.resize(700, 300);
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("people.png"))));
    }

    void aConflictingSaveShowsBothVersionsAndTheUserChooses()
    {
        const QString file = sharedDemo();
        auto mine = Store::open(file);
        auto theirs = Store::open(file);  // another window of the same officer
        QVERIFY(mine.ok() && theirs.ok());
        PeopleDialog dialog(*mine.value());
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("peopleTable"));
        const int row = table->findItems(QStringLiteral("Bea Colleague"), Qt::MatchExactly).first()->row();
        const auto changeTheirs = [&](const QString& email) {
            for (Person p : theirs.value()->people().all().value()) {
                if (p.account == kColleague.person) {
                    p.email = email;
                    QVERIFY(theirs.value()->people().save(p).ok());
                }
            }
        };
        const auto current = [&]() {
            for (const Person& p : theirs.value()->people().all().value()) {
                if (p.account == kColleague.person) {
                    return p;
                }
            }
            return Person();
        };

        // Their save comes first; mine would overwrite it: the user takes theirs.
        changeTheirs(QStringLiteral("theirs@wco.example"));
        Person edited = current();
        edited.email = QStringLiteral("mine@wco.example");
        edited.administration = QStringLiteral("Mine");
        ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
        QVERIFY(dialog.editPerson(row, &edited));
        QCOMPARE(current().email, QStringLiteral("theirs@wco.example"));

        // Again, and this time the user keeps theirs out: mine is saved over it, deliberately.
        changeTheirs(QStringLiteral("theirs-again@wco.example"));
        ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
        QVERIFY(dialog.editPerson(row, &edited));
        QCOMPARE(current().email, QStringLiteral("mine@wco.example"));
        QCOMPARE(current().administration, QStringLiteral("Mine"));

        // The dialog itself lists exactly the fields that differ, with who saved theirs.
        Person a = current();
        Person b = a;
        b.email = QStringLiteral("other@wco.example");
        b.meta.rowVersion += 1;
        ConflictDialog shown(a.name, RecordJson::toJson(a), RecordJson::toJson(b), QStringLiteral("sara@pc-12"),
                             QDateTime::currentDateTimeUtc());
        QCOMPARE(shown.differingFields(), QStringList{QStringLiteral("email")});
        QVERIFY(shown.findChild<QLabel*>()->text().contains(QStringLiteral("sara saved Bea Colleague")));
        QVERIFY(shown.grab().save(screenshotPath(QStringLiteral("conflict.png"))));
    }

    void backupRestoreAndReviewImportThroughTheFileMenu()
    {
        const QString file = sharedDemo();
        const QString folder = QFileInfo(file).absolutePath();
        Person reviewer;
        QString fileId;
        {
            auto store = Store::open(file);
            reviewer.name = QStringLiteral("Kenji Morita");
            reviewer.account = QStringLiteral("kmorita");
            reviewer.role = PersonRole::Reviewer;
            reviewer = store.value()->people().save(reviewer).value();
            fileId = store.value()->fileId().value();
            // The import takes scores of assigned candidates only.
            for (const Candidate& c : store.value()->candidates().all().value()) {
                QVERIFY(store.value()
                            ->assessment()
                            .assignReviewer(c.meta.id, reviewer.meta.id, QStringLiteral("For the test"))
                            .ok());
            }
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        const QString backup = folder + QStringLiteral("/manual backup.accred");
        FileDialog::setNextFileName(backup);
        action(window, "actionBackUp")->trigger();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Backed up")));

        const QString reviewPath = m_dir.filePath(QStringLiteral("elsewhere.review"));
        auto review = ReviewFile::create(reviewPath, fileId, reviewer);
        QVERIFY(review.ok());
        Score score;
        score.reviewerId = reviewer.meta.id;
        score.candidateId = window.candidateModel()->candidateAt(window.candidateModel()->index(0, 0)).meta.id;
        score.criterionKey = QStringLiteral("personal.interpersonal");
        score.rating = 3;
        QVERIFY(review.value()->saveScore(score).ok());
        FileDialog::setNextFileName(reviewPath);
        action(window, "actionImportReviews")->trigger();
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Imported 1 of 1 scores from Kenji Morita")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(window.store()->assessment().scores().value().size(), 1);

        const QString restored = folder + QStringLiteral("/restored.accred");
        FileDialog::setNextFileName(backup);
        FileDialog::setNextFileName(restored);
        action(window, "actionRestore")->trigger();
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — restored.accred"));
        QVERIFY(!window.store()->isReadOnly());
        QCOMPARE(window.store()->assessment().scores().value().size(), 0);  // the backup predates the import
        QVERIFY(window.store()->check().value().isEmpty());
    }

    void theNumberOfDailyBackupsIsASetting()
    {
        const QString file = sharedDemo();
        MainWindow window;
        QVERIFY(window.openFile(file));
        // File > Settings: this file's page.
        action(window, "actionSettings")->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox*>(QStringLiteral("backupsToKeep"))->setValue(3);
        dialog->accept();
        QCOMPARE(window.store()->settings().backupsToKeep(), 3);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Settings saved."));
        action(window, "actionSettings")->trigger();
        dialog = window.findChild<SettingsDialog*>();
        dialog->findChild<QSpinBox*>(QStringLiteral("backupsToKeep"))->setValue(9);
        dialog->reject();  // cancelled: nothing changes
        QCOMPARE(window.store()->settings().backupsToKeep(), 3);
    }

    void theDaysBackupIsMadeOnceTheFileIsShown()
    {
        const QString file = sharedDemo();
        const QDir folder(QFileInfo(file).absolutePath() + QStringLiteral("/shared-backups"));
        QDir(folder).removeRecursively();  // as on the first open of a new day
        const auto daily = [&]() { return folder.entryList({QStringLiteral("*-daily.accred")}, QDir::Files); };
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY(window.candidateModel()->rowCount() > 0);
        QVERIFY(daily().isEmpty());  // the list did not wait for the copy
        // Made by the timer, or first by the document indexer's first write, whichever comes
        // first; either way before anything in the file changed.
        QTRY_COMPARE_WITH_TIMEOUT(daily().size(), 1, 10000);
        QVERIFY(window.store()->backupWarning().isEmpty());
        auto backup = Store::open(folder.filePath(daily().constFirst()), Store::Access::ReadOnly);
        QVERIFY2(backup.ok(), qPrintable(backup.message()));
        QCOMPARE(backup.value()->search().documentsToReadCount().value(), 21);  // before the indexer stored any text
    }

    void reviewFilesBesideTheFileAreImportedOnOpening()
    {
        const QString file = sharedDemo();
        Person reviewer;
        QString fileId;
        QUuid candidate;
        {
            auto store = Store::open(file);
            reviewer.name = QStringLiteral("Grace Wanjiru");
            reviewer.account = QStringLiteral("gwanjiru");
            reviewer.role = PersonRole::Reviewer;
            reviewer = store.value()->people().save(reviewer).value();
            fileId = store.value()->fileId().value();
            candidate = store.value()->candidates().all().value().first().meta.id;
            QVERIFY(store.value()
                        ->assessment()
                        .assignReviewer(candidate, reviewer.meta.id, QStringLiteral("For the test"))
                        .ok());
        }
        auto review =
            ReviewFile::create(QFileInfo(file).absolutePath() + QStringLiteral("/grace.review"), fileId, reviewer);
        Score score;
        score.reviewerId = reviewer.meta.id;
        score.candidateId = candidate;
        score.criterionKey = QStringLiteral("career.ipr_knowledge");
        score.rating = 4;
        QVERIFY(review.value()->saveScore(score).ok());
        MainWindow window;
        QVERIFY(window.openFile(file));
        QCOMPARE(window.store()->assessment().scores().value().size(), 1);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Imported 1 new score from the review files beside the file."));
    }

    void aReviewerSeesTheirOwnScoresUntilTheOfficerImportsThem()
    {
        const QString folder = m_dir.filePath(QStringLiteral("reviewer"));
        QDir().mkpath(folder);
        const QString file = folder + QStringLiteral("/shared.accred");
        const Actor boss{QStringLiteral("boss"), QStringLiteral("pc-1")};
        QUuid candidateId;
        {
            auto store = Store::create(file, boss);
            QVERIFY(store.ok());
            Person me;
            me.name = QStringLiteral("Test Reviewer");
            me.account = Actor::current().person;
            me.role = PersonRole::Reviewer;
            const auto saved = store.value()->people().save(me);
            QVERIFY(saved.ok());
            candidateId = store.value()->candidates().save(sampleCandidate(QStringLiteral("Scored"))).value().meta.id;
            QVERIFY(store.value()->assessment().assignReviewer(candidateId, saved.value().meta.id).ok());
        }
        const QString sharedHash = sha256Of(file);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY(window.store()->isReadOnly());
        QCOMPARE(window.store()->role(), PersonRole::Reviewer);
        QVERIFY(action(window, "actionCreateReviewFile")->isEnabled());
        const QString reviewPath = folder + QLatin1Char('/') + Actor::current().person + QStringLiteral(".review");
        FileDialog::setNextFileName(reviewPath);
        action(window, "actionCreateReviewFile")->trigger();
        QVERIFY(window.reviewFile());

        // The reviewer's scores (written by the scoring forms, here through the file itself).
        auto review = ReviewFile::open(reviewPath);
        QVERIFY(review.ok());
        Score score;
        score.reviewerId = review.value()->identity().reviewerId;
        score.candidateId = candidateId;
        score.criterionKey = QStringLiteral("personal.interpersonal");
        score.rating = 3;
        score.comment = QStringLiteral("Listens well");
        QVERIFY(review.value()->saveScore(score).ok());
        window.candidateList()->table()->selectRow(0);
        auto* scores = window.scoresView()->table();
        QCOMPARE(scores->rowCount(), 1);
        QCOMPARE(scores->item(0, 0)->text(), QStringLiteral("Test Reviewer"));
        QCOMPARE(scores->item(0, 1)->text(), QStringLiteral("Interpersonal and communication skills"));
        QCOMPARE(scores->item(0, 4)->text(), QStringLiteral("Yours, not yet imported"));
        QCOMPARE(sha256Of(file), sharedHash);  // the reviewer's window never wrote the shared file

        // The officer imports; the reviewer's window refreshes by itself and shows one score.
        {
            auto officer = Store::open(file, Store::Access::Edit, boss);
            QVERIFY(officer.value()->assessment().importReview(reviewPath).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(scores->item(0, 4)->text(), QStringLiteral("Draft"), 10000);
        QCOMPARE(scores->rowCount(), 1);

        // A later change of the reviewer's shows again as theirs until imported.
        Score changed = review.value()->scores().value().first();
        changed.rating = 4;
        QTest::qWait(5);
        QVERIFY(review.value()->saveScore(changed).ok());
        window.candidateList()->select(QUuid());
        window.candidateList()->select(candidateId);  // shown again, read afresh
        QCOMPARE(scores->item(0, 2)->text(), QStringLiteral("4"));
        QCOMPARE(scores->item(0, 4)->text(), QStringLiteral("Yours, not yet imported"));
        window.resize(1280, 700);
        QApplication::processEvents();
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("reviewer-view.png"))));
    }

    void closingHandsBackTheLease()
    {
        const QString file = sharedDemo();
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(file));
            QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));
            window.close();
        }
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
        auto colleague = Store::open(file, Store::Access::Edit, kColleague);
        QVERIFY(!colleague.value()->isReadOnly());
    }

    void aHistoryRewrittenSinceThisComputerSawItIsAVisibleWarning()
    {
        const QString file = sharedDemo();
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(file));
            window.close();
        }
        QCOMPARE(Tamperer::rewriteActor(file, 2, QStringLiteral("someone-else@pc-9")), QString());
        MessageBox::recordInsteadOfShowing(true);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("no longer holds what this computer saw")),
                 qPrintable(MessageBox::lastRecorded()));
    }
};

AD_TEST_MAIN(TestSharedFileWindow)
#include "TestSharedFileWindow.moc"
