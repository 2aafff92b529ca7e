// SPDX-License-Identifier: GPL-3.0-or-later
// The first start: without a file the window shows its welcome page and creates nothing;
// the demo is opened only when asked for, and shows as sample data with a way to a file of
// one's own; a file of one's own never does. The program itself is run too, on an empty
// data folder, for what its main() does with and without --demo.
#include "candidates/CandidateEditor.h"
#include "candidates/CandidateTableModel.h"
#include "Clock.h"
#include "demo/DemoFile.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "print/ResultLettersDialog.h"
#include "store/Workshops.h"
#include "workshops/WorkshopsPage.h"
#include "MainWindow.h"
#include "store/Store.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "TestMain.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString screenshotPath(const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    return QStringLiteral(AD_BINARY_DIR "/screenshots/") + name;
}

/// Every file under `folder`, hidden ones too; empty when the folder does not exist.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

}  // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString shownPage(MainWindow& window)
    {
        return window.findChild<QStackedWidget*>()->currentWidget()->objectName();
    }

    static QWidget* sampleBanner(MainWindow& window)
    {
        return window.findChild<QWidget*>(QStringLiteral("sampleDataBanner"));
    }

    /// Runs the program on its own empty data and settings folders under `home`; returns its exit code.
    static int runProgram(const QString& home, const QStringList& arguments, QString* err)
    {
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(AD_BINARY_DIR "/app/accreditation-desk"), arguments);
        if (!program.waitForFinished(90000)) {
            program.kill();
            program.waitForFinished();
            *err = QStringLiteral("did not quit within 90 s");
            return -1;
        }
        *err = QString::fromLocal8Bit(program.readAllStandardError());
        return program.exitStatus() == QProcess::NormalExit ? program.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The data and settings folders of a first start: empty, and nobody else's.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk welcome tests"));
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(data.contains(QStringLiteral("qttest")));
        QDir(data).removeRecursively();
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void init() { QSettings().clear(); }

    void theProgramStartedWithoutAFileCreatesNothing()
    {
        const QString home = m_dir.filePath(QStringLiteral("first-start"));
        QVERIFY(QDir().mkpath(home));
        QString err;
        QCOMPARE(runProgram(home, {QStringLiteral("--quit-after-first-paint")}, &err), 0);
        QVERIFY2(filesUnder(home + QStringLiteral("/data")).isEmpty(),
                 qPrintable(filesUnder(home + QStringLiteral("/data")).join(QLatin1Char(' '))));
        QVERIFY(filesUnder(home + QStringLiteral("/.local")).isEmpty());
    }

    void theProgramOpensTheDemoWhenAskedFor()
    {
        // What scripts/run does with no FILE: the two-command set-up still opens the demo.
        const QString home = m_dir.filePath(QStringLiteral("demo-start"));
        QVERIFY(QDir().mkpath(home));
        QString err;
        QCOMPARE(runProgram(home, {QStringLiteral("--demo"), QStringLiteral("--quit-after-first-paint")}, &err), 0);
        const QString demo = home + QStringLiteral("/data/WCO/Accreditation Desk/demo.accred");
        QVERIFY2(QFileInfo::exists(demo), qPrintable(filesUnder(home).join(QLatin1Char(' ')) + err));
        QVERIFY(Store::open(demo, Store::Access::ReadOnly).ok());
    }

    void aWindowWithoutAFileShowsTheWelcomePageAndCreatesNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(shownPage(window), QStringLiteral("welcomePage"));
        QVERIFY(!window.store());
        QVERIFY(filesUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).isEmpty());
        // Nothing recent yet: the page says where recent files will be, not an empty box.
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("welcomeNoRecent"))->isVisible());
        QVERIFY(!window.findChild<QListWidget*>(QStringLiteral("welcomeRecent"))->isVisible());
        QVERIFY(!sampleBanner(window)->isVisible());
    }

    void theWelcomePageListsRecentFilesWithTheirPaths()
    {
        // Two files of one name in two folders: only their paths tell them apart.
        const QString first = m_dir.filePath(QStringLiteral("north/call.accred"));
        const QString second = m_dir.filePath(QStringLiteral("south/call.accred"));
        const QString gone = m_dir.filePath(QStringLiteral("gone/old.accred"));
        for (const QString& path : {first, second}) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(Store::create(path).ok());
        }
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{first, second, gone});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(shownPage(window), QStringLiteral("welcomePage"));
        auto* recent = window.findChild<QListWidget*>(QStringLiteral("welcomeRecent"));
        QVERIFY(recent->isVisible());
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("welcomeNoRecent"))->isVisible());
        QCOMPARE(recent->count(), 3);
        QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("call.accred\n")));
        QVERIFY(recent->item(0)->text().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("north")))));
        QVERIFY(recent->item(1)->text().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("south")))));
        QVERIFY(recent->item(2)->text().contains(QStringLiteral("(not found)")));

        // From the keyboard: the second one, then Enter.
        recent->setFocus();
        recent->setCurrentRow(1);
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY(window.store());
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(second));
        QCOMPARE(shownPage(window), QStringLiteral("fileView"));
        QVERIFY(!sampleBanner(window)->isVisible());
    }

    void openTheDemoShowsItAsSampleData()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* demo = window.findChild<QPushButton*>(QStringLiteral("welcomeDemo"));
        QVERIFY(demo);
        demo->click();
        QVERIFY(window.store());
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(MainWindow::demoFilePath()));
        QVERIFY(
            MainWindow::demoFilePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(shownPage(window), QStringLiteral("fileView"));
        QVERIFY(sampleBanner(window)->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("sampleDataText"))
                    ->text()
                    .contains(QStringLiteral("Sample data")));
        QVERIFY(window.candidateModel()->rowCount() > 0);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("candidateTable"))->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("noCandidatesYet"))->isVisible());
    }

    void theBannersButtonStartsANewFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());  // the demo made by the test before is opened, not made again
        QVERIFY(sampleBanner(window)->isVisible());
        const QString mine = m_dir.filePath(QStringLiteral("mine.accred"));
        FileDialog::setNextFileName(mine);
        window.findChild<QPushButton*>(QStringLiteral("sampleDataNew"))->click();
        QVERIFY(window.store());
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(mine));
        QVERIFY(QFileInfo::exists(mine));
        QVERIFY(!sampleBanner(window)->isVisible());
        QCOMPARE(window.candidateModel()->rowCount(), 0);

        // A new file says what to do first, with the buttons that do it.
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("noCandidatesYet"))->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("candidateTable"))->isVisible());
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("no-such-applications.csv")));
        window.findChild<QPushButton*>(QStringLiteral("emptyImportApplications"))->click();
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("no-such-applications.csv")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(window.candidateEditor()->working().applicationDate.isNull());
        window.findChild<QPushButton*>(QStringLiteral("emptyNewCandidate"))->click();
        QCOMPARE(window.candidateEditor()->working().applicationDate, Clock::today());
        QVERIFY(window.candidateEditor()->working().meta.isNew());
    }

    void aFileOfOnesOwnShowsNoBanner()
    {
        // The same sample candidates, in a file the user made: theirs, so no banner.
        const QString copy = m_dir.filePath(QStringLiteral("training.accred"));
        QVERIFY(DemoFile::create(copy).ok());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(copy));
        QVERIFY(!sampleBanner(window)->isVisible());
        QVERIFY(window.openDemo());
        QVERIFY(sampleBanner(window)->isVisible());
        QVERIFY(window.openFile(copy));
        QVERIFY(!sampleBanner(window)->isVisible());
    }

    void everyControlOfTheWelcomePageIsNamedAndReachedByTheKeyboard()
    {
        QSettings().setValue(QStringLiteral("recentFiles"),
                             QStringList{m_dir.filePath(QStringLiteral("north/call.accred"))});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget* page = window.welcomePage();
        QStringList problems;
        QList<QWidget*> controls;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus) {
                continue;
            }
            if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea")) {
                continue;  // a viewport or scroll bar, presented by its area
            }
            controls.append(w);
            if (accessibleName(w).isEmpty()) {
                problems.append(w->objectName());
            }
            if (!(w->focusPolicy() & Qt::TabFocus)) {
                problems.append(w->objectName() + QStringLiteral(" (no Tab focus)"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
        QCOMPARE(controls.size(), 4);  // New, Open, the demo, the recent files

        // Tab goes round every control of the page.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        controls.first()->setFocus();
        QSet<QWidget*> reached;
        for (int i = 0; i < 12; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget* control : std::as_const(controls)) {
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
        }
        // Each button has a mnemonic of its own, and Space on the focused one does what it says.
        QSet<QChar> mnemonics;
        for (auto* button : page->findChildren<QPushButton*>()) {
            const int amp = button->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < button->text().size(), qPrintable(button->text()));
            mnemonics.insert(button->text().at(amp + 1).toLower());
        }
        QCOMPARE(mnemonics.size(), 3);
        auto* demo = page->findChild<QPushButton*>(QStringLiteral("welcomeDemo"));
        demo->setFocus();
        QTest::keyClick(demo, Qt::Key_Space);
        QVERIFY(window.store());
        QCOMPARE(QFileInfo(window.store()->path()), QFileInfo(MainWindow::demoFilePath()));
    }

    void emptyListsSayWhatToDoWithAButtonThatDoesIt()
    {
        // A new file with one workshop and nobody in it: To Inform and the letters are empty.
        const QString path = m_dir.filePath(QStringLiteral("one-workshop.accred"));
        QUuid workshop;
        {
            auto store = TestSupport::createStore(path);
            QVERIFY(store);
            auto saved = store->workshops().save(TestSupport::sampleWorkshop(QStringLiteral("Nairobi")));
            QVERIFY(saved.ok());
            workshop = saved.value().meta.id;
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        window.workshopsPage()->selectWorkshop(workshop);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("workshopTabs"));
        tabs->setCurrentIndex(2);
        QApplication::processEvents();
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("nobodyToInform"))->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("toInformTable"))->isVisible());
        window.resize(1024, 700);
        QApplication::processEvents();
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("to-inform-nobody-1024x700.png"))));
        window.findChild<QPushButton*>(QStringLiteral("showBoardFromToInform"))->click();
        QCOMPARE(tabs->currentIndex(), 0);

        {
            ResultLettersDialog letters(const_cast<Store*>(window.store()), workshop, &window);
            letters.show();
            QVERIFY(QTest::qWaitForWindowExposed(&letters));
            QVERIFY(letters.findChild<QWidget*>(QStringLiteral("noLetterRecipients"))->isVisible());
            QVERIFY(!letters.findChild<QWidget*>(QStringLiteral("letterRecipients"))->isVisible());
            // No decision at all yet: the way is the board, not another decision.
            QVERIFY(!letters.findChild<QWidget*>(QStringLiteral("showDecisionWithLetters"))->isVisible());
            QVERIFY(letters.grab().save(screenshotPath(QStringLiteral("letters-nobody-yet.png"))));
        }

        // The demo's Kashiwa workshop has letters for some decisions, not for others.
        QVERIFY(window.openDemo());
        QUuid kashiwa;
        for (const Workshop& w : window.store()->workshops().all().value()) {
            if (w.title.contains(QStringLiteral("Kashiwa"))) {
                kashiwa = w.meta.id;
            }
        }
        QVERIFY(!kashiwa.isNull());
        ResultLettersDialog letters(const_cast<Store*>(window.store()), kashiwa, &window);
        letters.show();
        QVERIFY(QTest::qWaitForWindowExposed(&letters));
        auto* decision = letters.findChild<QComboBox*>(QStringLiteral("letterDecision"));
        auto* none = letters.findChild<QWidget*>(QStringLiteral("noLetterRecipients"));
        int empty = -1;
        for (int i = 0; i < decision->count() && empty < 0; ++i) {
            decision->setCurrentIndex(i);
            if (none->isVisible()) {
                empty = i;
            }
        }
        QVERIFY2(empty >= 0, "every decision has letters in the demo's Kashiwa workshop");
        auto* other = letters.findChild<QPushButton*>(QStringLiteral("showDecisionWithLetters"));
        QVERIFY(other->isVisible());
        QVERIFY(letters.grab().save(screenshotPath(QStringLiteral("letters-other-decision.png"))));
        other->click();
        QVERIFY(decision->currentIndex() != empty);
        QVERIFY(!none->isVisible());
        QVERIFY(letters.findChild<QTableWidget*>(QStringLiteral("letterRecipients"))->rowCount() > 0);
    }

    void screenshots()
    {
        const QString first = m_dir.filePath(QStringLiteral("north/call.accred"));
        QSettings().setValue(
            QStringLiteral("recentFiles"),
            QStringList{first, m_dir.filePath(QStringLiteral("south/call.accred")), MainWindow::demoFilePath()});
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            QVERIFY(window.grab().save(screenshotPath(QStringLiteral("welcome") + suffix)));
            QVERIFY(window.openDemo());
            QApplication::processEvents();
            QVERIFY(window.grab().save(screenshotPath(QStringLiteral("demo-sample-data") + suffix)));
            const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.accred").arg(size.width()));
            QFile::remove(fresh);
            QVERIFY(window.createFile(fresh));
            QApplication::processEvents();
            QVERIFY(window.grab().save(screenshotPath(QStringLiteral("new-file-no-candidates") + suffix)));
            if (window.size() != size) {
                qWarning("the window is %dx%d, not %dx%d", window.width(), window.height(), size.width(),
                         size.height());
            }
        }
    }
};

AD_TEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
