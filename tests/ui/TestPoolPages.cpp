// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities, Pool and Dashboard areas driven through their widgets, headless: record
// an activity and see the ledger change, the voluntary extra that asks for its reason,
// remove an activity (its reason, its refusal), declare, edit and withdraw unavailability,
// find who is free, and the dashboard's charts, tables and exports.
#include "pool/ActivitiesPage.h"
#include "pool/ActivityTableModel.h"
#include "assessment/AssessmentRecords.h"
#include "store/AuditEntry.h"
#include "pool/AvailabilityModel.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoFile.h"
#include "widgets/FileDialog.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "pool/PoolPage.h"
#include "pool/PoolTableModel.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/Pool.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Unavailability.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
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

void screenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    QApplication::processEvents();
    QVERIFY(widget.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
}

}  // namespace

class TestPoolPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    /// A fresh demo open for editing (or read-only) in `window`, showing area `row`.
    void openDemo(MainWindow& window, int row, bool readOnly = false)
    {
        const QString file = m_dir.filePath(QStringLiteral("demo-%1.accred").arg(++m_count));
        QVERIFY(DemoFile::create(file).ok());
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(file, readOnly));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(row);
    }

    template<typename T>
    static T* child(QWidget& window, const char* name)
    {
        T* found = window.findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no widget %s", name);
        }
        return found;
    }

    /// Fills the activity editor: online, on the given dates, with one participant.
    static void fillActivity(QWidget& window, const QString& title, const QDate& from, const QDate& to,
                             const QString& who, ParticipantRole role)
    {
        QTest::mouseClick(child<QPushButton>(window, "newActivity"), Qt::LeftButton);
        auto* titleEdit = child<QLineEdit>(window, "activityTitle");
        titleEdit->setFocus();
        QTest::keyClicks(titleEdit, title);
        auto* mode = child<QComboBox>(window, "activityMode");
        mode->setCurrentIndex(mode->findData(keyOf(ActivityMode::Online)));
        child<QDateEdit>(window, "activityFrom")->setDate(from);
        child<QDateEdit>(window, "activityTo")->setDate(to);
        QTest::keyClicks(child<QLineEdit>(window, "activityLanguage"), QStringLiteral("English"));
        QTest::keyClicks(child<QLineEdit>(window, "activityTopics"), QStringLiteral("e-commerce, medicines"));
        auto* roleBox = child<QComboBox>(window, "participantRole");
        roleBox->setCurrentIndex(roleBox->findData(keyOf(role)));
        auto* candidate = child<QComboBox>(window, "participantCandidate");
        const int index = candidate->findText(who, Qt::MatchStartsWith);
        QVERIFY2(index >= 0, qPrintable(who));
        candidate->setCurrentIndex(index);
        QTest::mouseClick(child<QPushButton>(window, "addParticipant"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk pool tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
    }

    void recordAnActivityAndSeeTheLedgerChange()
    {
        MainWindow window;
        openDemo(window, 2);
        auto* table = child<QTableView>(window, "activityTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 5);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        navigation->setCurrentRow(3);  // an area is built when first shown, and reads the file when shown
        auto* poolModel = child<QTableView>(window, "poolTable")->model();
        QCOMPARE(cell(poolModel, QStringLiteral("Sato"), PoolTableModel::Commitment),
                 QStringLiteral("1.6 / 12 weeks, until 17/04/2027"));
        navigation->setCurrentRow(2);

        // Monday 1 to Friday 5 March 2027: one week more for Haruka Sato.
        fillActivity(window, QStringLiteral("Webinar on e-commerce"), QDate(2027, 3, 1), QDate(2027, 3, 5),
                     QStringLiteral("Sato"), ParticipantRole::Lead);
        QCOMPARE(child<QTableWidget>(window, "participantTable")->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(window, "saveActivity"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(window, "activityMessage")->text(), QStringLiteral("Saved."));
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(table->model()->index(0, ActivityTableModel::Title).data().toString(),
                 QStringLiteral("Webinar on e-commerce"));
        // The ledger beside the activity and the pool show the week counted.
        auto* ledger = child<QListWidget>(window, "activityLedger");
        QCOMPARE(ledger->count(), 1);
        QVERIFY2(ledger->item(0)->text().contains(QStringLiteral("2.6 / 12 weeks, until 17/04/2027")),
                 qPrintable(ledger->item(0)->text()));
        navigation->setCurrentRow(3);
        QCOMPARE(cell(poolModel, QStringLiteral("Sato"), PoolTableModel::Commitment),
                 QStringLiteral("2.6 / 12 weeks, until 17/04/2027"));
        navigation->setCurrentRow(2);
        const Activity saved = window.store()->pool().activities().value().first();
        QCOMPARE(saved.topics, (QStringList{QStringLiteral("e-commerce"), QStringLiteral("medicines")}));
        QCOMPARE(saved.mode, ActivityMode::Online);
        screenshot(window, QStringLiteral("activities.png"));
    }

    void theRoleDecidesWhoMayBeAdded()
    {
        MainWindow window;
        openDemo(window, 2);
        auto* roleBox = child<QComboBox>(window, "participantRole");
        auto* candidate = child<QComboBox>(window, "participantCandidate");
        const auto offered = [&](ParticipantRole role) {
            roleBox->setCurrentIndex(roleBox->findData(keyOf(role)));
            QStringList names;
            for (int i = 0; i < candidate->count(); ++i) {
                names.append(candidate->itemText(i));
            }
            return names.join(QLatin1Char('|'));
        };
        // Stage 3: only those who passed the workshop and are in Stage 3 (Nguyen, Haddad);
        // neither the waitlisted Mensah nor the advisors.
        const QString stage3 = offered(ParticipantRole::Stage3Candidate);
        QVERIFY2(stage3.contains(QStringLiteral("Nguyen")) && stage3.contains(QStringLiteral("Haddad")),
                 qPrintable(stage3));
        QVERIFY2(!stage3.contains(QStringLiteral("Mensah")) && !stage3.contains(QStringLiteral("Sato")),
                 qPrintable(stage3));
        // Leading: the pool's advisors, not the Stage 3 candidates.
        const QString leads = offered(ParticipantRole::Lead);
        QVERIFY2(leads.contains(QStringLiteral("Sato")) && !leads.contains(QStringLiteral("Nguyen")),
                 qPrintable(leads));
        // Chosen after the role, kept when the role changes within the same list.
        candidate->setCurrentIndex(candidate->findText(QStringLiteral("El Amrani"), Qt::MatchStartsWith));
        roleBox->setCurrentIndex(roleBox->findData(keyOf(ParticipantRole::CoFacilitator)));
        QVERIFY(candidate->currentText().startsWith(QStringLiteral("El Amrani")));
    }

    void timeBeyondTheCommitmentAsksForTheReason()
    {
        MainWindow window;
        openDemo(window, 2);
        // Ten weeks from Monday 11 January 2027: beyond the 9.4 weeks El Amrani has left.
        fillActivity(window, QStringLiteral("Long operation"), QDate(2027, 1, 11), QDate(2027, 3, 19),
                     QStringLiteral("El Amrani"), ParticipantRole::Lead);
        auto* save = child<QPushButton>(window, "saveActivity");
        // Cancelled: nothing saved, never silently.
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(child<QLabel>(window, "activityMessage")->text(),
                 QStringLiteral("Not saved: a voluntary extra needs its reason."));
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("beyond the 12 weeks")));
        QCOMPARE(window.store()->pool().activities().value().size(), 5);
        // With the reason: recorded as a voluntary extra.
        MessageBox::setNextText(QStringLiteral("Asked to see the operation through"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(child<QLabel>(window, "activityMessage")->text(), QStringLiteral("Saved."));
        const Activity saved = window.store()->pool().activities().value().first();
        QVERIFY(saved.participants.first().voluntaryExtra);
        QCOMPARE(saved.participants.first().extraReason, QStringLiteral("Asked to see the operation through"));
        QCOMPARE(child<QTableWidget>(window, "participantTable")->item(0, 2)->text(),
                 QStringLiteral("Asked to see the operation through"));
        QVERIFY(child<QListWidget>(window, "activityLedger")->item(0)->text().contains(QStringLiteral("voluntary")));
        // Someone never accredited is not offered to lead (theRoleDecidesWhoMayBeAdded); the
        // store refuses them on every path (TestPoolStore, TestInvariants).
        QCOMPARE(window.store()->pool().activities().value().size(), 6);
    }

    void declareUnavailabilityAndFindWhoIsFree()
    {
        MainWindow window;
        openDemo(window, 3);
        auto* poolTable = child<QTableView>(window, "poolTable");
        QAbstractItemModelTester tester(poolTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = QDate::currentDate();
        // Haruka Sato declares a week at home.
        const int sato = static_cast<PoolTableModel*>(poolTable->model())
                             ->rowOf(window.store()->pool().advisors().value().at(2).candidate.meta.id);
        QCOMPARE(poolTable->model()->index(sato, PoolTableModel::Name).data().toString(),
                 QStringLiteral("Sato, Haruka"));
        poolTable->selectRow(sato);
        poolTable->setCurrentIndex(poolTable->model()->index(sato, 0));
        child<QDateEdit>(window, "unavailableFrom")->setDate(today.addDays(24));
        child<QDateEdit>(window, "unavailableTo")->setDate(today.addDays(26));
        QTest::keyClicks(child<QLineEdit>(window, "unavailableReason"), QStringLiteral("Family duties"));
        QTest::mouseClick(child<QPushButton>(window, "declareUnavailable"), Qt::LeftButton);
        QVERIFY2(cell(poolTable->model(), QStringLiteral("Sato"), PoolTableModel::Unavailable)
                     .contains(QStringLiteral("Family duties")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(!cell(poolTable->model(), QStringLiteral("Sato"), PoolTableModel::LeavesPool).isEmpty() ||
                !QDate(2027, 4, 17).addMonths(-6).isValid() || today < QDate(2026, 10, 17));

        // Three days inside both declared periods: nobody is free, each with why.
        child<QDateEdit>(window, "searchFrom")->setDate(today.addDays(25));
        child<QDateEdit>(window, "searchTo")->setDate(today.addDays(26));
        QTest::keyClicks(child<QLineEdit>(window, "searchLanguage"), QStringLiteral("English"));
        QTest::mouseClick(child<QPushButton>(window, "findWhoIsFree"), Qt::LeftButton);
        auto* available = child<QTableView>(window, "availableTable")->model();
        auto* excluded = child<QTableView>(window, "excludedTable")->model();
        QAbstractItemModelTester availableTester(available, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester excludedTester(excluded, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(available->rowCount() + excluded->rowCount(), 4);
        QVERIFY(cell(excluded, QStringLiteral("Sato"), AvailabilityModel::Reasons)
                    .contains(QStringLiteral("Family duties")));
        QVERIFY(cell(excluded, QStringLiteral("El Amrani"), AvailabilityModel::Reasons)
                    .contains(QStringLiteral("Annual leave")));
        QVERIFY(
            cell(excluded, QStringLiteral("Wróbel"), AvailabilityModel::Reasons).contains(QStringLiteral("Retired")));

        // Two months ahead, before either period: the active advisors rank with their reasons.
        child<QDateEdit>(window, "searchFrom")->setDate(today.addDays(2));
        child<QDateEdit>(window, "searchTo")->setDate(today.addDays(3));
        auto* region = child<QComboBox>(window, "searchRegion");
        region->setCurrentIndex(region->findData(keyOf(Region::AsiaPacific)));
        QTest::keyClicks(child<QLineEdit>(window, "searchTopics"), QStringLiteral("e-commerce"));
        QTest::mouseClick(child<QPushButton>(window, "findWhoIsFree"), Qt::LeftButton);
        if (today.addDays(3) <= QDate(2027, 4, 17)) {  // the demo's advisors are within their commitment
            QCOMPARE(available->rowCount(), 2);
            QCOMPARE(available->index(0, AvailabilityModel::Name).data().toString(), QStringLiteral("Sato, Haruka"));
            const QString why = available->index(0, AvailabilityModel::Reasons).data().toString();
            QVERIFY2(why.contains(QStringLiteral("From the region (Asia/Pacific).")), qPrintable(why));
            QVERIFY(why.contains(QStringLiteral("Experience in e-commerce.")));
        }
        QVERIFY(!child<QLabel>(window, "searchSummary")->text().isEmpty());
        screenshot(window, QStringLiteral("pool-search.png"));
    }

    void editAndWithdrawAPeriodByKeyboard()
    {
        MainWindow window;
        openDemo(window, 3);
        const QDate today = QDate::currentDate();
        auto* poolTable = child<QTableView>(window, "poolTable");
        auto* periods = child<QTableWidget>(window, "unavailabilityTable");
        QAbstractItemModelTester tester(periods->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* save = child<QPushButton>(window, "saveUnavailability");
        auto* withdraw = child<QPushButton>(window, "withdrawUnavailability");
        QCOMPARE(periods->rowCount(), 0);  // nobody selected yet
        QVERIFY(!save->isEnabled() && !withdraw->isEnabled());

        // Who is free during Haruka Sato's declared week: not she, for that reason.
        child<QDateEdit>(window, "searchFrom")->setDate(today.addDays(46));
        child<QDateEdit>(window, "searchTo")->setDate(today.addDays(47));
        QTest::mouseClick(child<QPushButton>(window, "findWhoIsFree"), Qt::LeftButton);
        auto* excluded = child<QTableView>(window, "excludedTable")->model();
        QVERIFY(cell(excluded, QStringLiteral("Sato"), AvailabilityModel::Reasons)
                    .contains(QStringLiteral("National IPR week")));

        // Her periods, by keyboard: find her in the list, then go down to the table of periods.
        poolTable->setFocus();
        QTest::keyClicks(poolTable, QStringLiteral("Sato"));
        QCOMPARE(poolTable->currentIndex().siblingAtColumn(PoolTableModel::Name).data().toString(),
                 QStringLiteral("Sato, Haruka"));
        QCOMPARE(periods->rowCount(), 1);
        QCOMPARE(periods->item(0, 2)->text(), QStringLiteral("National IPR week at Japan Customs"));
        QCOMPARE(periods->item(0, 0)->text(), QLocale().toString(today.addDays(45), QLocale::ShortFormat));
        periods->setFocus();
        QTest::keyClick(periods, Qt::Key_Down);
        QCOMPARE(periods->currentRow(), 0);
        QVERIFY(save->isEnabled() && withdraw->isEnabled());
        // Choosing it fills the fields.
        auto* reason = child<QLineEdit>(window, "unavailableReason");
        QCOMPARE(reason->text(), QStringLiteral("National IPR week at Japan Customs"));
        QCOMPARE(child<QDateEdit>(window, "unavailableFrom")->date(), today.addDays(45));
        QCOMPARE(child<QDateEdit>(window, "unavailableTo")->date(), today.addDays(49));
        screenshot(window, QStringLiteral("pool-unavailability.png"));

        // Core's validation, shown: the period may not end before it starts.
        child<QDateEdit>(window, "unavailableTo")->setDate(today.addDays(40));
        QTest::keyClick(save, Qt::Key_Space);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("ends before it starts")),
                 qPrintable(MessageBox::lastRecorded()));
        const QUuid sato = window.store()->pool().advisors().value().at(2).candidate.meta.id;
        QCOMPARE(window.store()->pool().unavailability(sato).value().first().to, today.addDays(49));

        // Moved a week later, with another reason typed in.
        child<QDateEdit>(window, "unavailableFrom")->setDate(today.addDays(52));
        child<QDateEdit>(window, "unavailableTo")->setDate(today.addDays(56));
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(reason, QStringLiteral("Conference in Geneva"));
        QTest::keyClick(save, Qt::Key_Space);
        const auto stored = window.store()->pool().unavailability(sato).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().from, today.addDays(52));
        QCOMPARE(stored.first().to, today.addDays(56));
        QCOMPARE(stored.first().reason, QStringLiteral("Conference in Geneva"));
        QCOMPARE(stored.first().meta.rowVersion, 2);
        QCOMPARE(window.store()->auditTrail(sato).value().last().action, QStringLiteral("unavailability.update"));
        // The page shows it: the list, the pool's column, and the search, run again.
        QCOMPARE(periods->rowCount(), 1);
        QCOMPARE(periods->currentRow(), 0);
        QCOMPARE(periods->item(0, 2)->text(), QStringLiteral("Conference in Geneva"));
        QVERIFY(cell(poolTable->model(), QStringLiteral("Sato"), PoolTableModel::Unavailable)
                    .contains(QStringLiteral("Conference in Geneva")));
        QVERIFY(!cell(excluded, QStringLiteral("Sato"), AvailabilityModel::Reasons)
                     .contains(QStringLiteral("National IPR week")));

        // Withdrawn, after a confirmation that names the period; declining changes nothing.
        QVERIFY(withdraw->isEnabled());
        MessageBox::setNextAnswer(false);
        QTest::keyClick(withdraw, Qt::Key_Space);
        const QString question = MessageBox::lastRecorded();
        QVERIFY2(question.contains(QStringLiteral("Haruka Sato")) &&
                     question.contains(QLocale().toString(today.addDays(52), QLocale::ShortFormat)) &&
                     question.contains(QStringLiteral("Conference in Geneva")),
                 qPrintable(question));
        QCOMPARE(window.store()->pool().unavailability(sato).value().size(), 1);
        MessageBox::setNextAnswer(true);
        QTest::keyClick(withdraw, Qt::Key_Space);
        QVERIFY(window.store()->pool().unavailability(sato).value().isEmpty());
        QCOMPARE(window.store()->auditTrail(sato).value().last().action, QStringLiteral("unavailability.remove"));
        QCOMPARE(periods->rowCount(), 0);
        QVERIFY(!save->isEnabled() && !withdraw->isEnabled());
        QVERIFY(cell(poolTable->model(), QStringLiteral("Sato"), PoolTableModel::Unavailable).isEmpty());
    }

    void readOnlySessionsSeeThePeriodsButCannotChangeThem()
    {
        MainWindow window;
        openDemo(window, 3, true);
        QVERIFY(window.store()->isReadOnly());
        auto* poolTable = child<QTableView>(window, "poolTable");
        auto* periods = child<QTableWidget>(window, "unavailabilityTable");
        poolTable->setFocus();
        QTest::keyClicks(poolTable, QStringLiteral("El Amrani"));
        QCOMPARE(periods->rowCount(), 1);
        QCOMPARE(periods->item(0, 2)->text(), QStringLiteral("Annual leave"));
        periods->setFocus();
        QTest::keyClick(periods, Qt::Key_Down);
        QCOMPARE(periods->currentRow(), 0);
        for (const char* name : {"declareUnavailable", "saveUnavailability", "withdrawUnavailability"}) {
            QVERIFY2(!child<QPushButton>(window, name)->isEnabled(), name);
        }
        // Nor an activity removed.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(2);
        auto* table = child<QTableView>(window, "activityTable");
        table->selectRow(0);
        QVERIFY(!child<QPushButton>(window, "removeActivity")->isEnabled());
    }

    void removeAnActivityWithAndWithoutAReason()
    {
        // The demo, with a Stage 3 appraisal recorded for Hanoi (Sato's, before her accreditation).
        const QString hanoi = QStringLiteral("National workshop on IPR border enforcement");
        const QString file = m_dir.filePath(QStringLiteral("demo-appraised.accred"));
        QVERIFY(DemoFile::create(file).ok());
        {
            auto store = Store::open(file);
            QVERIFY(store.ok());
            QUuid sato;
            for (const AccreditedAdvisor& a : store.value()->pool().advisors().value()) {
                sato = a.candidate.familyName == QLatin1String("Sato") ? a.candidate.meta.id : sato;
            }
            QUuid hanoiId;
            for (const Activity& a : store.value()->pool().activities().value()) {
                hanoiId = a.title == hanoi ? a.meta.id : hanoiId;
            }
            const Status agreed = store.value()->assessment().recordConsensus(
                {sato, ScoringForm::activityKey(hanoiId), 1, 3, {}, {}, {}, PipelineStep::FieldAssessment});
            QVERIFY2(agreed.ok(), qPrintable(agreed.message()));
        }
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(2);
        auto* table = child<QTableView>(window, "activityTable");
        auto* model = static_cast<ActivityTableModel*>(table->model());
        auto* remove = child<QPushButton>(window, "removeActivity");
        auto* message = child<QLabel>(window, "activityMessage");
        QVERIFY(!remove->isEnabled());  // a new activity in the editor: nothing to remove
        auto select = [&](const QString& title) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->activityAt(row).title == title) {
                    table->setFocus();
                    table->selectRow(row);
                    return true;
                }
            }
            return false;
        };

        // Planned, with a Stage 3 candidate: a confirmation, no reason.
        const QDate from = QDate::currentDate().addDays(40);
        fillActivity(window, QStringLiteral("Planned webinar"), from, from.addDays(1), QStringLiteral("Nguyen"),
                     ParticipantRole::Stage3Candidate);
        QTest::mouseClick(child<QPushButton>(window, "saveActivity"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(false);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Remove the activity \"Planned webinar\"")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(model->rowCount(), 6);
        MessageBox::setNextAnswer(true);
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(model->rowCount(), 5);
        QVERIFY2(message->text().startsWith(QStringLiteral("Removed \"Planned webinar\"")),
                 qPrintable(message->text()));
        QCOMPARE(child<QLineEdit>(window, "activityTitle")->text(), QString());
        QVERIFY(!remove->isEnabled());

        // Held, with Sato as lead: only with a reason; cancelling removes nothing.
        const QString seminar = QStringLiteral("Regional seminar on e-commerce and small consignments");
        QVERIFY(select(seminar));
        QCOMPARE(child<QLineEdit>(window, "activityTitle")->text(), seminar);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("Say why")));
        QVERIFY2(message->text().startsWith(QStringLiteral("Not removed")), qPrintable(message->text()));
        MessageBox::setNextText(QStringLiteral("   "));
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(message->text().startsWith(QStringLiteral("Not removed")));
        QCOMPARE(model->rowCount(), 5);
        MessageBox::setNextText(QStringLiteral("Recorded twice"));
        QTest::keyClick(remove, Qt::Key_Space);
        QCOMPARE(model->rowCount(), 4);
        const AuditEntry entry = window.store()->auditTrail().value().last();
        QCOMPARE(entry.action, QStringLiteral("activity.remove"));
        QVERIFY(entry.newValue.contains(QStringLiteral("Recorded twice")));
        // The pool counts her week no more.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        navigation->setCurrentRow(3);
        QCOMPARE(
            cell(child<QTableView>(window, "poolTable")->model(), QStringLiteral("Sato"), PoolTableModel::Commitment),
            QStringLiteral("0.6 / 12 weeks, until 17/04/2027"));
        navigation->setCurrentRow(2);

        // Appraised for Stage 3: refused in core's words, whatever the reason.
        QVERIFY(select(hanoi));
        MessageBox::setNextText(QStringLiteral("Tidy up"));
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Stage 3 appraisals")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(message->text().contains(QStringLiteral("Keep the activity")));
        QCOMPARE(model->rowCount(), 4);
        MessageBox::setNextText(QString());
        MessageBox::text(nullptr, {}, {});  // clear the unused answer
    }

    void theDashboardDrawsChartsWithTablesAndExportsThem()
    {
        MainWindow window;
        openDemo(window, 4);
        auto* dashboard = window.findChild<DashboardPage*>();
        QVERIFY(dashboard->isVisible());
        QCOMPARE(dashboard->funnel()->table()->rowCount(), 3);
        // Kashiwa: everyone who reached "accredited" had been selected first.
        QTableWidget* funnel = dashboard->funnel()->table();
        for (int row = 0; row < funnel->rowCount(); ++row) {
            QVERIFY(funnel->item(row, 2)->text().toInt() >= funnel->item(row, 5)->text().toInt());
        }
        QCOMPARE(dashboard->poolByRegion()->table()->rowCount(), 3);  // Asia/Pacific, Europe, North Africa
        QCOMPARE(dashboard->weeks()->table()->rowCount(), 4);
        QVERIFY(dashboard->poolOverTime()->table()->rowCount() > 12);
        for (ChartPanel* panel :
             {dashboard->funnel(), dashboard->poolByRegion(), dashboard->weeks(), dashboard->poolOverTime()}) {
            QVERIFY(!panel->chartView()->chart()->series().isEmpty());
            QVERIFY(!panel->chartView()->accessibleName().isEmpty());
            QVERIFY(!panel->table()->accessibleName().isEmpty());
        }
        screenshot(window, QStringLiteral("dashboard.png"));

        const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
        FileDialog::setNextFileName(png);
        QVERIFY(dashboard->funnel()->exportPng());
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.read(8).startsWith("\x89PNG"));
        const QString pdf = m_dir.filePath(QStringLiteral("weeks.pdf"));
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(dashboard->weeks()->findChild<QPushButton*>(QStringLiteral("weeksExportPdf")),
                          Qt::LeftButton);
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(document.read(5).startsWith("%PDF"));
        // A place that cannot be written: refused and said, no stray file.
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("missing/folder/x.png")));
        QVERIFY(!dashboard->funnel()->exportPng());
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("Could not write")));
        // Cancelled: nothing happens.
        FileDialog::setNextFileName(QString());
        QVERIFY(!dashboard->funnel()->exportPdf());
    }

    // The summary's counts are plurals of their own: a file of one candidate says so in
    // the singular (it read "1 candidates in the file").
    void theDashboardsSummaryFitsItsCounts()
    {
        const QString file = m_dir.filePath(QStringLiteral("one-candidate.accred"));
        {
            auto store = Store::create(file);
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QVERIFY(store.value()->candidates().save(TestSupport::sampleCandidate(QStringLiteral("Solo"))).ok());
        }
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.openFile(file, true));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(4);
        auto* summary = window.findChild<QLabel*>(QStringLiteral("dashboardSummary"));
        QVERIFY(summary);
        QVERIFY2(
            summary->text().startsWith(QStringLiteral("1 candidate in the file. 0 advisors accredited, 0 active.")),
            qPrintable(summary->text()));
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        openDemo(window, 2);
        // Each area is built when first shown: the user goes to each.
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("areaNavigation"));
        navigation->setCurrentRow(3);
        navigation->setCurrentRow(4);
        for (QWidget* page : QList<QWidget*>{window.findChild<ActivitiesPage*>(), window.findChild<PoolPage*>(),
                                             window.findChild<DashboardPage*>()}) {
            for (QWidget* w : page->findChildren<QWidget*>()) {
                const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                                     qobject_cast<QAbstractItemView*>(w) || qobject_cast<QChartView*>(w);
                if (control && !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
                    QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                    QVERIFY2(w->focusPolicy() & Qt::TabFocus || qobject_cast<QChartView*>(w),
                             qPrintable(w->objectName()));
                }
            }
        }
    }
};

AD_TEST_MAIN(TestPoolPages)
#include "TestPoolPages.moc"
