// SPDX-License-Identifier: GPL-3.0-or-later
// The window's areas follow the file's events (FileEvents) by themselves: a change made
// through one area shows in another when that one is shown (not before: an area nobody
// looks at reads nothing), and a change saved by another process shows in the area on
// screen once the window's session notices it.
#include "domain/Activity.h"
#include "demo/DemoFile.h"
#include "candidates/CandidateTableModel.h"
#include "MainWindow.h"
#include "domain/Person.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Vocabulary.h"
#include "domain/Workshop.h"
#include "pool/ActivitiesPage.h"
#include "pool/PoolTableModel.h"
#include "widgets/MessageBox.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QString cell(QAbstractItemModel* model, const QString& name, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(name) ||
            model->index(row, 1).data().toString().startsWith(name)) {
            return model->index(row, column).data().toString();
        }
    }
    return {};
}

template<typename T>
T* child(QWidget& window, const char* name)
{
    T* found = window.findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no widget %s", name);
    }
    return found;
}

}  // namespace

class TestFileEventsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString demo()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.accred").arg(++m_count));
        return DemoFile::create(file).ok() ? file : QString();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk file events tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void anAreaReadsAChangeMadeThroughAnotherWhenShown()
    {
        const QString file = demo();
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(file));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        navigation->setCurrentRow(3);  // the pool, built and read now that it is shown
        auto* poolModel = child<QTableView>(window, "poolTable")->model();
        const QString before = cell(poolModel, QStringLiteral("Sato"), PoolTableModel::Commitment);
        QVERIFY2(before.startsWith(QStringLiteral("1.6 / 12 weeks")), qPrintable(before));

        // An activity of one week for Haruka Sato, saved through the Activities area.
        navigation->setCurrentRow(2);
        QTest::mouseClick(child<QPushButton>(window, "newActivity"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(window, "activityTitle"), QStringLiteral("Webinar on e-commerce"));
        auto* mode = child<QComboBox>(window, "activityMode");
        mode->setCurrentIndex(mode->findData(keyOf(ActivityMode::Online)));
        child<QDateEdit>(window, "activityFrom")->setDate(QDate(2027, 3, 1));
        child<QDateEdit>(window, "activityTo")->setDate(QDate(2027, 3, 5));
        QTest::keyClicks(child<QLineEdit>(window, "activityLanguage"), QStringLiteral("English"));
        QTest::keyClicks(child<QLineEdit>(window, "activityTopics"), QStringLiteral("e-commerce"));
        auto* role = child<QComboBox>(window, "participantRole");
        role->setCurrentIndex(role->findData(keyOf(ParticipantRole::Lead)));
        auto* who = child<QComboBox>(window, "participantCandidate");
        who->setCurrentIndex(who->findText(QStringLiteral("Sato"), Qt::MatchStartsWith));
        QTest::mouseClick(child<QPushButton>(window, "addParticipant"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(window, "saveActivity"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(window, "activityMessage")->text(), QStringLiteral("Saved."));

        // The pool is not on screen: it has read nothing yet, not even once the window is idle.
        QApplication::processEvents();
        QCOMPARE(cell(poolModel, QStringLiteral("Sato"), PoolTableModel::Commitment), before);
        navigation->setCurrentRow(3);
        const QString after = cell(poolModel, QStringLiteral("Sato"), PoolTableModel::Commitment);
        QVERIFY2(after.startsWith(QStringLiteral("2.6 / 12 weeks")), qPrintable(after));
    }

    void aPageOnItsOwnFollowsTheFileWithoutTheWindow()
    {
        // No window relays anything here: the page hears the file's events itself.
        const QString file = demo();
        auto store = Store::open(file);
        QVERIFY(store.ok());
        WorkshopsPage page;
        page.setStore(store.value().get());
        auto* chooser = page.findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        QVERIFY(chooser);
        const int workshops = chooser->count();

        // Saved through the same file by something else than the page (another area).
        QVERIFY(store.value()->workshops().save(sampleWorkshop(QStringLiteral("Kigali refresher"))).ok());
        QTRY_COMPARE(chooser->count(), workshops + 1);

        // Saved by another process, once the file has seen it.
        auto other = Store::open(file, Store::Access::Edit);
        QVERIFY(other.ok());
        QVERIFY(other.value()->workshops().save(sampleWorkshop(QStringLiteral("Lima refresher"))).ok());
        QCOMPARE(chooser->count(), workshops + 1);
        QVERIFY(store.value()->hasChangedElsewhere());
        QTRY_COMPARE(chooser->count(), workshops + 2);
        QVERIFY(chooser->findText(QStringLiteral("Lima refresher"), Qt::MatchStartsWith) > 0);
        page.setStore(nullptr);
    }

    void theAreaOnScreenReadsWhatAnotherProcessSaved()
    {
        const QString file = demo();
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        // Read-only, as a reviewer reads: no documents are read for the search meanwhile,
        // whose progress would take the status bar.
        QVERIFY(window.openFile(file, true));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        auto* chooser = child<QComboBox>(window, "workshopChooser");
        const int workshops = chooser->count();
        QVERIFY(workshops > 1);

        auto other = Store::open(file);  // another process of the same officer: a second connection
        QVERIFY(other.ok());
        QVERIFY(other.value()->workshops().save(sampleWorkshop(QStringLiteral("Mombasa follow-up"))).ok());
        // The window's session notices it by itself; the area on screen reads it.
        QTRY_COMPARE_WITH_TIMEOUT(chooser->count(), workshops + 1, 10000);
        QVERIFY(chooser->findText(QStringLiteral("Mombasa follow-up"), Qt::MatchStartsWith) > 0);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Updated with changes saved by others."));

        // The candidates' list, not on screen, follows too (it always reads at once).
        const int listed = window.candidateModel()->rowCount();
        QVERIFY(other.value()->candidates().save(sampleCandidate(QStringLiteral("Newcomer"))).ok());
        window.refreshIfChangedElsewhere();
        QCOMPARE(window.candidateModel()->rowCount(), listed + 1);
    }
};

AD_TEST_MAIN(TestFileEventsWindow)
#include "TestFileEventsWindow.moc"
