// SPDX-License-Identifier: GPL-3.0-or-later
// The class of issue #13's first defect beyond the candidate editor: edits in the
// Assessment tab and in the Activities area are not dropped when the officer picks another
// candidate or activity (Save, Discard or Cancel, as the editor asks), and the Workshops
// area's Hand Seat Back and Record as Informed ask first, naming who they act on.
#include "domain/Activity.h"
#include "store/AuditEntry.h"
#include "domain/StageDecision.h"
#include "pool/ActivityTableModel.h"
#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "assessment/ScoringFormView.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

qsizetype auditLength(const MainWindow& window)
{
    const auto trail = window.store()->auditTrail();
    return trail.ok() ? trail.value().size() : -1;
}

QUuid idOf(const Store* store, const QString& family)
{
    const auto found = store->candidates().find(family);
    return found.ok() && found.value().size() == 1 ? found.value().constFirst().meta.id : QUuid();
}

QUuid listed(MainWindow& window)
{
    const Candidate* c = window.candidateList()->currentCandidate();
    return c ? c->meta.id : QUuid();
}

std::optional<int> consensusOn(const Store* store, const QUuid& candidate, const QString& key)
{
    for (const ConsensusRating& c : store->assessment().consensus(candidate).value()) {
        if (c.criterionKey == key) {
            return c.rating;
        }
    }
    return std::nullopt;
}

}  // namespace

class TestUnsavedPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString copyOfDemo(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        if (!QFile::copy(m_demo, file)) {
            return QString();
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return file;
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk unsaved pages tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void theAssessmentTabAsksBeforeAnotherCandidateDropsItsRatings()
    {
        const QString file = copyOfDemo(QStringLiteral("assessment.accred"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        const QUuid njoroge = idOf(store, QStringLiteral("Njoroge"));
        const QUuid joseph = idOf(store, QStringLiteral("Joseph"));
        const QString key = QStringLiteral("personal.interpersonal");
        const QString comboName = QStringLiteral("rating:") + key;
        const auto stored = consensusOn(store, njoroge, key);
        ScoringFormView* form = window.scoringForm();
        const auto edit = [&]() {
            window.candidateList()->select(njoroge);
            window.findChild<QTabWidget*>(QStringLiteral("candidateTabs"))->setCurrentWidget(form);
            QCOMPARE(form->mode(), ScoringFormView::Mode::Consensus);
            auto* rating = form->findChild<QComboBox*>(comboName);
            QVERIFY(rating);
            // A level other than the one stored.
            const int wanted = rating->findData(stored.value_or(-1) == 3 ? 2 : 3);
            QVERIFY(wanted >= 0);
            rating->setFocus();
            rating->setCurrentIndex(wanted);
            QVERIFY(form->hasUnsavedChanges());
        };
        edit();
        const qsizetype length = auditLength(window);

        // Cancel: the officer stays with Njoroge and the rating they chose.
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        window.candidateList()->select(joseph);
        QVERIFY2(
            MessageBox::lastRecorded().contains(QStringLiteral("Save your changes to the consensus on Amani Njoroge")),
            qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(listed(window), njoroge);
        QVERIFY(form->hasUnsavedChanges());
        QCOMPARE(auditLength(window), length);

        // Discard: Joseph is shown, nothing written.
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        window.candidateList()->select(joseph);
        QCOMPARE(listed(window), joseph);
        QVERIFY(!form->hasUnsavedChanges());
        QCOMPARE(auditLength(window), length);
        QCOMPARE(consensusOn(store, njoroge, key), stored);

        // Save: the consensus is kept, then Joseph is shown.
        edit();
        const int chosen = form->findChild<QComboBox*>(comboName)->currentData().toInt();
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Save);
        window.candidateList()->select(joseph);
        QCOMPARE(consensusOn(store, njoroge, key), std::optional<int>(chosen));
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(listed(window), joseph);
        QVERIFY(!form->hasUnsavedChanges());
    }

    void theActivitiesAreaAsksBeforeAnotherActivityDropsTheEdits()
    {
        const QString file = copyOfDemo(QStringLiteral("activities.accred"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(2);
        auto* table = window.findChild<QTableView*>(QStringLiteral("activityTable"));
        auto* model = static_cast<ActivityTableModel*>(table->model());
        auto* title = window.findChild<QLineEdit*>(QStringLiteral("activityTitle"));
        QVERIFY(model->rowCount() >= 2);
        const Activity first = model->activityAt(0);
        const Activity second = model->activityAt(1);
        const auto pick = [&](const QUuid& id) {
            table->setFocus();
            table->selectRow(model->rowOf(id));
        };
        const auto edit = [&]() {
            pick(first.meta.id);
            QCOMPARE(title->text(), first.title);
            title->setFocus();
            title->end(false);
            QTest::keyClicks(title, QStringLiteral(" (edited)"));
        };
        edit();
        const qsizetype length = auditLength(window);

        // Cancel: the edited activity stays, in the editor and in the list.
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        pick(second.meta.id);
        QVERIFY2(MessageBox::lastRecorded().contains(
                     QStringLiteral("Save your changes to the activity \"%1\"").arg(first.title)),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(title->text(), first.title + QStringLiteral(" (edited)"));
        QCOMPARE(table->currentIndex().row(), model->rowOf(first.meta.id));
        // So does New.
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Cancel);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("newActivity")), Qt::LeftButton);
        QCOMPARE(title->text(), first.title + QStringLiteral(" (edited)"));
        QCOMPARE(auditLength(window), length);

        // Discard: the other activity is shown, nothing written.
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Discard);
        pick(second.meta.id);
        QCOMPARE(title->text(), second.title);
        QCOMPARE(auditLength(window), length);

        // Save: the edit is kept, then the other activity is shown.
        edit();
        MessageBox::setNextUnsavedChoice(MessageBox::UnsavedChoice::Save);
        pick(second.meta.id);
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(title->text(), second.title);
        bool kept = false;
        for (const Activity& a : window.store()->pool().activities().value()) {
            kept = kept || (a.meta.id == first.meta.id && a.title == first.title + QStringLiteral(" (edited)"));
        }
        QVERIFY(kept);
    }

    void workshopActionsAskNamingWhoTheyActOn()
    {
        const QString file = copyOfDemo(QStringLiteral("workshops.accred"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        const QUuid diallo = idOf(store, QStringLiteral("Diallo"));
        const QUuid njoroge = idOf(store, QStringLiteral("Njoroge"));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = page->findChild<QComboBox*>(QStringLiteral("workshopChooser"));
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("Nairobi"), Qt::MatchContains));
        QVERIFY(chooser->currentText().contains(QStringLiteral("Nairobi")));
        // Diallo, an applicant, is given a seat (Participants tab, Enrol).
        page->tabs()->setCurrentIndex(1);
        auto* toEnrol = page->findChild<QComboBox*>(QStringLiteral("candidateToEnrol"));
        toEnrol->setCurrentIndex(toEnrol->findText(QStringLiteral("Diallo"), Qt::MatchContains));
        QVERIFY(toEnrol->currentIndex() >= 0);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("enrolCandidate")), Qt::LeftButton);
        QVERIFY2(!store->workshops().enrolmentOf(diallo).value().isNull(), qPrintable(MessageBox::lastRecorded()));
        const qsizetype length = auditLength(window);

        // Hand Seat Back names who loses the seat; No keeps it.
        auto* participants = page->findChild<QTableWidget*>(QStringLiteral("participantsTable"));
        const auto selectIn = [](QTableWidget* table, const QUuid& id) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->data(Qt::UserRole).toUuid() == id) {
                    table->selectRow(row);
                    return true;
                }
            }
            return false;
        };
        QVERIFY(selectIn(participants, diallo));
        auto* handBack = page->findChild<QPushButton*>(QStringLiteral("handSeatBack"));
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(handBack, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Aïssata Diallo")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(auditLength(window), length);
        QVERIFY(selectIn(participants, diallo));
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(handBack, Qt::LeftButton);
        QVERIFY(store->workshops().enrolmentOf(diallo).value().isNull());
        QCOMPARE(auditLength(window), length + 1);

        // Record as Informed names who was told, when and how; No records nothing.
        page->tabs()->setCurrentIndex(2);
        auto* pending = page->findChild<QTableWidget*>(QStringLiteral("toInformTable"));
        QVERIFY(selectIn(pending, njoroge));
        auto* informed = page->findChild<QPushButton*>(QStringLiteral("recordInformed"));
        MessageBox::setNextAnswer(false);
        QTest::mouseClick(informed, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Amani Njoroge")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(auditLength(window), length + 1);
        QVERIFY(!store->decisions().of(njoroge).value().constLast().isInformed());
        QVERIFY(selectIn(pending, njoroge));
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(informed, Qt::LeftButton);
        QVERIFY(store->decisions().of(njoroge).value().constLast().isInformed());
        QCOMPARE(auditLength(window), length + 2);
    }
};

AD_TEST_MAIN(TestUnsavedPages)
#include "TestUnsavedPages.moc"
