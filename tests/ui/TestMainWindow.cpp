// The main window driven through its real widgets, headless.
#include "CandidateTableModel.h"
#include "DemoFile.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Store.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

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
        QCOMPARE(window.windowTitle(), QStringLiteral("Accreditation Desk"));
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomeOpen")));
    }

    void opensTheDemoAndShowsItsCandidates()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_demo));
        QCOMPARE(window.windowTitle(), QStringLiteral("Accreditation Desk — demo.accred"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 14);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->index(0, CandidateTableModel::FamilyName).data().toString(), QStringLiteral("Diallo"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("candidateCount"))->text(), QStringLiteral("14 candidates"));
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
        QCOMPARE(window.windowTitle(), QStringLiteral("Accreditation Desk — created.accred"));
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
        QCOMPARE(window.windowTitle(), QStringLiteral("Accreditation Desk — demo.accred"));
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
        QCOMPARE(window.windowTitle(), QStringLiteral("Accreditation Desk — demo.accred (read-only)"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("accessNotice"))->text(), QStringLiteral("Opened read-only."));
        QCOMPARE(window.candidateModel()->rowCount(), 14);
        QCOMPARE(sha256Of(m_demo), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
