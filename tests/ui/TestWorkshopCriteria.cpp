// SPDX-License-Identifier: GPL-3.0-or-later
// The Criteria tab of the Workshops area on a scored workshop: the workshop's own criteria in
// form order with the scores given under each; a criterion added by keyboard and saved
// appears in the scoring form of that workshop's candidates; one that has scores is removed
// only after the officer confirms, being told that those scores leave the form; core's
// refusal is shown; a read-only session shows the criteria without letting anyone edit them.
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "assessment/WorkshopApplicant.h"
#include "workshops/WorkshopCriteriaView.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QStringList column(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

QStringList keysOf(const QList<Criterion>& criteria)
{
    QStringList keys;
    for (const Criterion& c : criteria) {
        keys.append(c.key);
    }
    return keys;
}

/// Presses a button the way a keyboard user does: focus, then space.
void press(QPushButton* button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

}  // namespace

class TestWorkshopCriteria : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QUuid m_workshop;
    QUuid m_sato;

    WorkshopCriteriaView* showCriteria(MainWindow& window)
    {
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(m_workshop);
        page->tabs()->setCurrentWidget(page->criteria());
        return page->criteria();
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk criteria tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_file = m_dir.filePath(QStringLiteral("criteria.accred"));
        auto store = createStore(m_file);
        QVERIFY(store);
        m_workshop = makeAssessedWorkshop(*store, m_dir.path());
        QVERIFY(!m_workshop.isNull());
        for (const WorkshopApplicant& a : store->assessment().applicants(m_workshop).value()) {
            m_sato = a.name.startsWith(QStringLiteral("Sato")) ? a.candidateId : m_sato;
        }
        QVERIFY(!m_sato.isNull());
        store.reset();
    }

    void addByKeyboardSaveAndRemoveWithConfirmation()
    {
        MainWindow window;
        window.resize(1300, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(m_file));
        WorkshopCriteriaView* view = showCriteria(window);
        QVERIFY(view->isVisible());
        QTableWidget* table = view->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("Participation in discussions"),
                                                QStringLiteral("Group activities"), QStringLiteral("Presentations")}));
        QCOMPARE(column(table, 2), (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("10")}));
        auto* save = view->findChild<QPushButton*>(QStringLiteral("saveCriteria"));
        auto* name = view->findChild<QLineEdit*>(QStringLiteral("criterionName"));
        QVERIFY(!save->isEnabled());  // nothing edited yet

        // Add by keyboard: the new row's name is selected, typing replaces it, Tab reaches
        // what to look for.
        press(view->findChild<QPushButton*>(QStringLiteral("addCriterion")));
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Role play"));
        QTest::keyClick(name, Qt::Key_Tab);
        auto* description = view->findChild<QLineEdit*>(QStringLiteral("criterionDescription"));
        QTRY_VERIFY(description->hasFocus());
        QTest::keyClicks(description, QStringLiteral("Stays in role under pressure"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("Role play"));
        QCOMPARE(table->item(3, 3)->text(), QStringLiteral("(new)"));
        // Moved above Presentations, then saved.
        press(view->findChild<QPushButton*>(QStringLiteral("moveCriterionUp")));
        QCOMPARE(column(table, 0).at(2), QStringLiteral("Role play"));
        QVERIFY(view->hasUnsavedChanges());
        press(save);
        QVERIFY(!view->hasUnsavedChanges());
        const Store* store = window.store();
        QCOMPARE(keysOf(store->workshops().criteria(m_workshop).value()),
                 (QStringList{QStringLiteral("discussions"), QStringLiteral("group_activities"),
                              QStringLiteral("role_play"), QStringLiteral("presentations")}));
        QCOMPARE(store->workshops().criteria(m_workshop).value().at(2).description,
                 QStringLiteral("Stays in role under pressure"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("role_play"));
        // It is on the Stage 2 scoring form of the workshop's candidates.
        const ScoringForm form = store->assessment().scoringForm(m_sato, PipelineStep::Workshop).value();
        QVERIFY(form.criterion(ScoringForm::workshopKey(QStringLiteral("role_play"))));
        QCOMPARE(form.criterion(ScoringForm::workshopKey(QStringLiteral("role_play")))->name,
                 QStringLiteral("Role play"));

        QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/workshop-criteria.png")));

        // Removing Presentations, which has scores, asks first; "no" keeps it.
        table->setFocus();
        table->selectRow(3);
        MessageBox::setNextAnswer(false);
        press(view->findChild<QPushButton*>(QStringLiteral("removeCriterion")));
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("10 score")) &&
                     MessageBox::lastRecorded().contains(QStringLiteral("leave the scoring form")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(table->rowCount(), 4);
        MessageBox::setNextAnswer(true);
        press(view->findChild<QPushButton*>(QStringLiteral("removeCriterion")));
        QCOMPARE(table->rowCount(), 3);
        // Revert brings it back; removed again and saved, it leaves the form.
        press(view->findChild<QPushButton*>(QStringLiteral("revertCriteria")));
        QCOMPARE(table->rowCount(), 4);
        table->selectRow(3);
        MessageBox::setNextAnswer(true);
        press(view->findChild<QPushButton*>(QStringLiteral("removeCriterion")));
        press(save);
        QCOMPARE(keysOf(store->workshops().criteria(m_workshop).value()),
                 (QStringList{QStringLiteral("discussions"), QStringLiteral("group_activities"),
                              QStringLiteral("role_play")}));
        QVERIFY(!store->assessment()
                     .scoringForm(m_sato, PipelineStep::Workshop)
                     .value()
                     .criterion(ScoringForm::workshopKey(QStringLiteral("presentations"))));
        // A criterion without scores goes without a question.
        MessageBox::setNextAnswer(false);
        table->selectRow(0);
        press(view->findChild<QPushButton*>(QStringLiteral("removeCriterion")));
        QCOMPARE(table->rowCount(), 2);
        press(view->findChild<QPushButton*>(QStringLiteral("revertCriteria")));

        // Core refuses a criterion without a name, and says so.
        table->selectRow(0);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(view->hasUnsavedChanges());
        press(save);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("needs a key without ':' and a name")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(store->workshops().criteria(m_workshop).value().at(0).name,
                 QStringLiteral("Participation in discussions"));
        press(view->findChild<QPushButton*>(QStringLiteral("revertCriteria")));
        QVERIFY(!view->hasUnsavedChanges());
    }

    void editsNotSavedAreNotLostByClosingOrOpening()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_file));
        WorkshopCriteriaView* view = showCriteria(window);
        view->addCriterion();
        QVERIFY(view->hasUnsavedChanges());
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        QVERIFY(!window.close());  // the officer went back to their edits
        QVERIFY(view->hasUnsavedChanges());
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        QVERIFY(!window.openFile(m_file));
        QVERIFY(view->hasUnsavedChanges());
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        QVERIFY(window.close());
        QVERIFY(!view->hasUnsavedChanges());
        auto store = Store::open(m_file, Store::Access::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->workshops().criteria(m_workshop).value().size(), view->table()->rowCount());
    }

    void aReadOnlySessionCannotEdit()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_file, true));
        QVERIFY(window.store()->isReadOnly());
        WorkshopCriteriaView* view = showCriteria(window);
        QCOMPARE(view->table()->rowCount(), 3);
        view->table()->selectRow(1);
        for (const char* name : {"addCriterion", "removeCriterion", "moveCriterionUp", "moveCriterionDown",
                                 "saveCriteria", "revertCriteria"}) {
            QVERIFY2(!view->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        }
        QVERIFY(!view->findChild<QLineEdit*>(QStringLiteral("criterionName"))->isEnabled());
        QVERIFY(!view->findChild<QLineEdit*>(QStringLiteral("criterionDescription"))->isEnabled());
        view->addCriterion();  // even called directly, nothing changes
        QCOMPARE(view->table()->rowCount(), 3);
    }
};

AD_TEST_MAIN(TestWorkshopCriteria)
#include "TestWorkshopCriteria.moc"
