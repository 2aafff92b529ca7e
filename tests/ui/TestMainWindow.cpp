// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven through its real widgets, headless.
#include "candidates/CandidateListView.h"
#include "candidates/CandidateTableModel.h"
#include "demo/DemoFile.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "store/Store.h"
#include "TestSupport.h"
#include "Translations.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

/// The title as the window manager shows it: "[*]" becomes the modified mark or nothing.
QString displayedTitle(const QWidget& window)
{
    QString title = window.windowTitle();
    return title.replace(QStringLiteral("[*]"), window.isWindowModified() ? QStringLiteral("*") : QString());
}

}  // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QAction* action(QWidget& window, const char* name)
    {
        return window.findChild<QAction*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void startsOnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk"));
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomeOpen")));
    }

    void opensTheDemoAndShowsItsCandidates()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — demo.accred"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 14);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->index(0, CandidateTableModel::FamilyName).data().toString(), QStringLiteral("Diallo"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("candidateCount"))->text(), QStringLiteral("14 candidates"));
        QVERIFY(window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->isVisible());
        // Sorting by stage puts the pipeline in order, by name puts accented names with their letter.
        table->sortByColumn(CandidateTableModel::Stage, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, CandidateTableModel::Stage).data().toString(), QStringLiteral("Applied"));
        table->sortByColumn(CandidateTableModel::GivenNames, Qt::AscendingOrder);
        const QString second = table->model()->index(1, CandidateTableModel::GivenNames).data().toString();
        QCOMPARE(second, QStringLiteral("Amani"));
        QCOMPARE(table->model()->index(3, CandidateTableModel::GivenNames).data().toString(), QStringLiteral("Élodie"));
        QVERIFY(!table->accessibleName().isEmpty());

        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        window.resize(1100, 560);
        table->sortByColumn(CandidateTableModel::FamilyName, Qt::AscendingOrder);
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/main-window.png")));
    }

    void filtersNarrowTheListAndSayHowMany()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo, true));
        auto* list = window.candidateList();
        auto* count = list->findChild<QLabel*>(QStringLiteral("candidateCount"));
        QCOMPARE(count->text(), QStringLiteral("14 candidates"));
        auto* filter = list->findChild<QLineEdit*>(QStringLiteral("quickFilter"));
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("elodie"));  // typed, accents ignored
        QTRY_COMPARE(window.candidateModel()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 14 candidates"));
        QCOMPARE(window.candidateModel()->index(0, 0).data().toString(), QStringLiteral("Marchand"));
        filter->clear();
        QTRY_COMPARE(window.candidateModel()->rowCount(), 14);

        auto* stage = list->findChild<QComboBox*>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("accredited")));
        QCOMPARE(window.candidateModel()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 of 14 candidates"));
        auto* region = list->findChild<QComboBox*>(QStringLiteral("regionFilter"));
        region->setCurrentIndex(region->findData(QStringLiteral("asia_pacific")));
        QCOMPARE(window.candidateModel()->rowCount(), 1);
        stage->setCurrentIndex(0);
        region->setCurrentIndex(0);
        auto* workshop = list->findChild<QComboBox*>(QStringLiteral("workshopFilter"));
        workshop->setCurrentIndex(workshop->findText(QStringLiteral("Kashiwa"), Qt::MatchContains));
        QCOMPARE(window.candidateModel()->rowCount(), 7);
        workshop->setCurrentIndex(0);
        list->findChild<QCheckBox*>(QStringLiteral("notInformedFilter"))->setChecked(true);
        QCOMPARE(window.candidateModel()->rowCount(), 1);
        QCOMPARE(window.candidateModel()->index(0, 0).data().toString(), QStringLiteral("Njoroge"));
    }

    void columnsCanBeChosenAndAreRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(m_demo, true));
            QAction* email = window.candidateList()->columnsMenu()->findChild<QAction*>(
                QStringLiteral("column%1").arg(CandidateTableModel::Email));
            QVERIFY(email && email->isChecked());
            email->setChecked(false);
            QVERIFY(window.candidateList()->table()->isColumnHidden(CandidateTableModel::Email));
            QAction* name = window.candidateList()->columnsMenu()->findChild<QAction*>(QStringLiteral("column0"));
            QVERIFY(!name->isEnabled());  // a row always shows the family name
        }
        MainWindow later;
        later.show();
        QVERIFY(later.openFile(m_demo, true));
        QVERIFY(later.candidateList()->table()->isColumnHidden(CandidateTableModel::Email));
        QAction* email = later.candidateList()->columnsMenu()->findChild<QAction*>(
            QStringLiteral("column%1").arg(CandidateTableModel::Email));
        QVERIFY(!email->isChecked());
        email->setChecked(true);
        QVERIFY(!later.candidateList()->table()->isColumnHidden(CandidateTableModel::Email));
    }

    void theOtherAreasShowWhatTheFileHolds()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo, true));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        QCOMPARE(navigation->count(), 5);
        navigation->setCurrentRow(1);
        auto* workshops = window.findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        QVERIFY(workshops->isVisible());
        QCOMPARE(workshops->count(), 4);  // all, then the three workshops with their seats
        QVERIFY(workshops->itemText(1).contains(QStringLiteral("Nairobi")));
        QVERIFY(workshops->itemText(1).contains(QStringLiteral("2 / 10")));
        navigation->setCurrentRow(3);
        auto* pool = window.findChild<QTableView*>(QStringLiteral("poolTable"));
        QVERIFY(pool->isVisible());
        QCOMPARE(pool->model()->rowCount(), 4);  // everyone ever accredited, in every state
        QCOMPARE(pool->model()->index(0, 0).data().toString(), QStringLiteral("El Amrani, Youssef"));
        navigation->setCurrentRow(4);
        auto* funnel = window.findChild<QTableWidget*>(QStringLiteral("funnelTable"));
        QCOMPARE(funnel->rowCount(), 3);  // one row a workshop
        window.resize(1100, 500);
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/dashboard-area.png")));
        navigation->setCurrentRow(0);
    }

    void openingAFileRemembersOnlyTheColumnsTheUserChanged()
    {
        // The list sizes its columns to the file and its last column to the window: that is
        // not the user's choice, and remembering it wrote the settings file a column at a time
        // before the first paint (issue #18).
        QSettings().clear();
        int widened = 0;
        {
            MainWindow window;
            window.resize(1100, 680);
            window.show();
            QVERIFY(window.openFile(m_demo, true));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1200, 700);
            QApplication::processEvents();
            QVERIFY(!QSettings().contains(QStringLiteral("candidateList/header")));
            QHeaderView* header = window.candidateList()->table()->horizontalHeader();
            widened = header->sectionSize(CandidateTableModel::Email) + 40;
            header->resizeSection(CandidateTableModel::Email, widened);
            QVERIFY(QSettings().contains(QStringLiteral("candidateList/header")));
        }
        // The width the user chose is the one the next open shows, not the contents' width.
        MainWindow later;
        later.resize(1100, 680);
        later.show();
        QVERIFY(later.openFile(m_demo, true));
        QCOMPARE(later.candidateList()->table()->horizontalHeader()->sectionSize(CandidateTableModel::Email), widened);
        QSettings().clear();
    }

    void anAreaIsBuiltWhenFirstShownWithTheOpenFile()
    {
        // Only the Candidates area is built before the first paint (issue #18): another area
        // is built when the user first goes to it, and reads the file open then.
        QSettings().clear();
        QList<int> moved;
        {
            MainWindow window;
            window.resize(1100, 680);
            window.show();
            QVERIFY(window.openFile(m_demo, true));
            for (const char* name : {"workshopChooser", "activitiesSplitter", "poolTable", "funnelTable"}) {
                QVERIFY2(!window.findChild<QWidget*>(QLatin1String(name)), name);
            }
            action(window, "actionArea4")->trigger();  // Ctrl+4: the Pool
            auto* pool = window.findChild<QTableView*>(QStringLiteral("poolTable"));
            QVERIFY(pool);
            QVERIFY(pool->isVisible());
            QCOMPARE(pool->model()->rowCount(), 4);
            QVERIFY(!pool->accessibleName().isEmpty());
            QVERIFY(!window.findChild<QWidget*>(QStringLiteral("funnelTable")));
            action(window, "actionArea1")->trigger();
            QVERIFY(!pool->isVisible());
            QVERIFY(window.candidateList()->table()->isVisible());
            // A splitter of an area built late is remembered with the window too.
            action(window, "actionArea3")->trigger();
            QApplication::processEvents();
            auto* activities = window.findChild<QSplitter*>(QStringLiteral("activitiesSplitter"));
            QVERIFY(activities);
            activities->setSizes({activities->height() - 60, 60});
            QApplication::processEvents();
            moved = activities->sizes();
            window.close();
        }
        {
            // Built before any file is open: it reads the file opened after.
            MainWindow window;
            window.resize(1100, 680);
            window.show();
            QVERIFY(window.workshopsPage());
            QVERIFY(window.openFile(m_demo, true));
            action(window, "actionArea2")->trigger();
            auto* workshops = window.findChild<QComboBox*>(QStringLiteral("workshopChooser"));
            QVERIFY(workshops->isVisible());
            QCOMPARE(workshops->count(), 4);  // all, then the three workshops
            action(window, "actionArea3")->trigger();
            QApplication::processEvents();
            const QList<int> sizes = window.findChild<QSplitter*>(QStringLiteral("activitiesSplitter"))->sizes();
            QVERIFY2(qAbs(sizes.at(1) - moved.at(1)) <= 8,
                     qPrintable(QStringLiteral("%1 for %2").arg(sizes.at(1)).arg(moved.at(1))));
        }
        QSettings().clear();
    }

    void openThroughTheFileMenuAndRememberIt()
    {
        MainWindow window;
        window.show();
        FileDialog::setNextFileName(m_demo);
        action(window, "actionOpen")->trigger();
        QCOMPARE(window.candidateModel()->rowCount(), 14);
        QCOMPARE(action(window, "actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(action(window, "actionNew")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action(window, "actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
        MainWindow later;
        QAction* recent = action(later, "recentFile0");
        QVERIFY(recent);
        QVERIFY(recent->text().contains(QStringLiteral("demo.accred")));
        recent->trigger();
        QCOMPARE(later.candidateModel()->rowCount(), 14);
    }

    void newFileThroughTheFileMenu()
    {
        MainWindow window;
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("created.accred"));
        FileDialog::setNextFileName(file);
        action(window, "actionNew")->trigger();
        QVERIFY(window.store());
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — created.accred"));
        QCOMPARE(window.candidateModel()->rowCount(), 0);
        QVERIFY(window.store()->check().value().isEmpty());
    }

    void aRefusedFileIsExplainedAndTheOpenFileStays()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.accred"));
        QVERIFY(writeFile(garbage, QByteArray(4096, 'x')));
        const QString before = sha256Of(garbage);
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(!window.openFile(garbage));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("not an Accreditation Desk file")));
        QCOMPARE(sha256Of(garbage), before);
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — demo.accred"));
        QCOMPARE(window.candidateModel()->rowCount(), 14);
    }

    void openReadOnlyIsShownInTheTitle()
    {
        MainWindow window;
        window.show();
        const QString before = sha256Of(m_demo);
        FileDialog::setNextFileName(m_demo);
        action(window, "actionOpenReadOnly")->trigger();
        QVERIFY(window.store());
        QVERIFY(window.store()->isReadOnly());
        QCOMPARE(displayedTitle(window), QStringLiteral("Accreditation Desk — demo.accred (read-only)"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("accessNotice"))->text(),
                 QStringLiteral("Opened read-only."));
        QCOMPARE(window.candidateModel()->rowCount(), 14);
        QCOMPARE(sha256Of(m_demo), before);
    }
};

AD_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
