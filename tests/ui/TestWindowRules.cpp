// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of issue #13 on the window's path, through the widgets the officer uses: each
// refusal is shown in words that say what to do, writes nothing (the audit trail keeps its
// length), and the valid case is accepted. And a reviewer's blindness in the window: with
// a declared conflict, or before submitting, neither the Selection tab nor the scoring form
// (the reviewer's own or the read-only one) shows another reviewer's ratings.
#include "domain/Activity.h"
#include "store/AuditEntry.h"
#include "domain/StageDecision.h"
#include "assessment/AssessmentRecords.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "Clock.h"
#include "candidates/DecisionDialog.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "assessment/ScoresView.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScoringFormView.h"
#include "domain/Screening.h"
#include "assessment/ScreeningCheck.h"
#include "assessment/SelectionView.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Workshop.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const Actor kBoss{QStringLiteral("boss"), QStringLiteral("pc-1")};
const Actor kOther{QStringLiteral("otherreviewer"), QStringLiteral("pc-3")};

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

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void showTab(MainWindow& window, QWidget* tab)
{
    window.findChild<QTabWidget*>(QStringLiteral("candidateTabs"))->setCurrentWidget(tab);
}

void chooseData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

/// The decision dialog opened with the candidate page's Decide… button.
DecisionDialog* openDecision(CandidateStandingView* standing)
{
    QTest::mouseClick(child<QPushButton>(standing, "standingDecide"), Qt::LeftButton);
    return standing->findChild<DecisionDialog*>();
}

Person reviewer(const QString& name, const QString& account)
{
    Person p;
    p.name = name;
    p.account = account;
    p.role = PersonRole::Reviewer;
    p.administration = QStringLiteral("WCO Secretariat");
    return p;
}

/// Every text of a table, to look a reviewer's name up in.
QString tableText(const QTableWidget* table)
{
    QString all;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            all += table->item(row, column) ? table->item(row, column)->text() + QLatin1Char('|') : QString();
        }
    }
    return all;
}

}  // namespace

class TestWindowRules : public QObject
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

    /// What the reviewer sees of `candidate` in the scoring form and the Scores tab, as one
    /// text; whether the other reviewer's name is in it is what the tests ask.
    static QString seenInTheCandidateTabs(MainWindow& window, const QUuid& candidate)
    {
        window.candidateList()->select(candidate);
        QApplication::processEvents();
        ScoringFormView* form = window.scoringForm();
        showTab(window, form);
        QString seen = tableText(window.scoresView()->table());
        for (const QLabel* others : form->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^others:")))) {
            seen += others->text() + QLatin1Char('|');
        }
        return seen;
    }

    /// What the Selection tab shows of `candidate`: their statistics, once chosen in the ranking.
    static QString seenInTheSelectionTab(MainWindow& window, const QString& workshopTitle, const QUuid& candidate)
    {
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = child<QComboBox>(page, "workshopChooser");
        for (int i = 0; i < chooser->count(); ++i) {
            if (chooser->itemText(i).contains(workshopTitle)) {
                chooser->setCurrentIndex(i);
            }
        }
        page->tabs()->setCurrentWidget(page->selection());
        auto* ranking = child<QTableWidget>(page->selection(), "rankingTable");
        for (int row = 0; row < ranking->rowCount(); ++row) {
            if (ranking->item(row, 1)->data(Qt::UserRole).toUuid() == candidate) {
                ranking->selectRow(row);
                const QString line = tableText(ranking).section(QLatin1Char('|'), row * ranking->columnCount(),
                                                                (row + 1) * ranking->columnCount() - 1);
                return line + QLatin1Char('|') +
                       tableText(child<QTableWidget>(page->selection(), "criterionStatistics"));
            }
        }
        return QStringLiteral("(not ranked)");
    }

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk window rules tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.accred"));
        QVERIFY(DemoFile::create(m_demo).ok());
    }

    void aHandScreeningAgainstTheDataNeedsItsReason()
    {
        const QString file = copyOfDemo(QStringLiteral("screening.accred"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        // Four years in Customs: the pre-check says a hard requirement is not met.
        const QUuid dlamini = idOf(store, QStringLiteral("Dlamini"));
        QVERIFY(!dlamini.isNull());
        QVERIFY(!store->assessment().screeningCheck(dlamini).value().contradictions(true).isEmpty());
        const auto before = store->decisions().screening(dlamini).value();
        window.candidateList()->select(dlamini);
        CandidateStandingView* standing = window.standingView();
        showTab(window, standing);
        auto* hardMet = child<QCheckBox>(standing, "screeningHardMet");
        auto* note = child<QLineEdit>(standing, "screeningNote");
        auto* save = child<QPushButton>(standing, "saveScreening");
        if (hardMet->isChecked()) {
            QTest::mouseClick(hardMet, Qt::LeftButton);
        }
        QTest::mouseClick(hardMet, Qt::LeftButton);
        QVERIFY(hardMet->isChecked());
        note->setFocus();
        note->selectAll();
        QTest::keyClick(note, Qt::Key_Delete);
        const qsizetype length = auditLength(window);

        QTest::mouseClick(save, Qt::LeftButton);
        const QString said = MessageBox::lastRecorded();
        QVERIFY2(said.contains(QStringLiteral("hard requirement is not met")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("screening's note")), qPrintable(said));  // the window's words
        QVERIFY2(!said.contains(QStringLiteral("--reason")), qPrintable(said));
        QCOMPARE(auditLength(window), length);
        const auto after = store->decisions().screening(dlamini).value();
        QCOMPARE(after.has_value(), before.has_value());
        if (before) {
            QCOMPARE(after->hardRequirementsMet, before->hardRequirementsMet);
            QCOMPARE(after->recordedAt, before->recordedAt);
        }

        // With the reason in the note, the judgment is kept as an override.
        QTest::keyClicks(note, QStringLiteral("Service record shows 6 years in Customs"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(auditLength(window), length + 1);
        const auto saved = store->decisions().screening(dlamini).value();
        QVERIFY(saved && saved->hardRequirementsMet);
        QCOMPARE(saved->overrideReason, QStringLiteral("Service record shows 6 years in Customs"));
    }

    void confirmationNeedsTheCommitmentWhichCannotPrecedeTheApplication()
    {
        const QString file = copyOfDemo(QStringLiteral("commitment.accred"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        const QUuid njoroge = idOf(store, QStringLiteral("Njoroge"));
        const Candidate candidate = store->candidates().byId(njoroge).value();
        QCOMPARE(candidate.stage, Stage::Selected);
        QVERIFY(!store->decisions().commitment(njoroge).value());
        window.candidateList()->select(njoroge);
        CandidateStandingView* standing = window.standingView();
        showTab(window, standing);
        const qsizetype length = auditLength(window);

        // No commitment: confirming is refused, before and on Record.
        DecisionDialog* dialog = openDecision(standing);
        QVERIFY(dialog);
        auto* to = child<QComboBox>(dialog, "decisionTo");
        chooseData(to, keyOf(Stage::Confirmed));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionReason"), QStringLiteral("Seat confirmed"));
        QVERIFY2(child<QLabel>(dialog, "decisionVerdict")->text().contains(QStringLiteral("availability commitment")),
                 qPrintable(child<QLabel>(dialog, "decisionVerdict")->text()));
        QTest::mouseClick(child<QPushButton>(dialog, "decisionRecord"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("availability commitment")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(auditLength(window), length);
        QCOMPARE(store->candidates().byId(njoroge).value().stage, Stage::Selected);

        // A commitment dated before the application, or in the future, is refused.
        auto* givenOn = child<QDateEdit>(standing, "commitmentGivenOn");
        auto* how = child<QLineEdit>(standing, "commitmentHow");
        auto* save = child<QPushButton>(standing, "saveCommitment");
        how->setFocus();
        QTest::keyClicks(how, QStringLiteral("Signed form received by e-mail"));
        givenOn->setDate(candidate.applicationDate.addDays(-1));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("before the application")),
                 qPrintable(MessageBox::lastRecorded()));
        givenOn->setDate(Clock::today().addDays(1));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("future")), qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(auditLength(window), length);
        QVERIFY(!store->decisions().commitment(njoroge).value());

        // Dated the day of the application, it is kept; then the seat is confirmed.
        givenOn->setDate(candidate.applicationDate);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(store->decisions().commitment(njoroge).value()->givenOn, candidate.applicationDate);
        dialog = openDecision(standing);
        QVERIFY(dialog);
        chooseData(child<QComboBox>(dialog, "decisionTo"), keyOf(Stage::Confirmed));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionReason"), QStringLiteral("Seat confirmed"));
        QCOMPARE(dialog->refusal(), QString());
        QTest::mouseClick(child<QPushButton>(dialog, "decisionRecord"), Qt::LeftButton);
        QTRY_COMPARE(store->candidates().byId(njoroge).value().stage, Stage::Confirmed);
        QCOMPARE(auditLength(window), length + 2);
    }

    void outcomesAndDecisionsAgreeAndNothingTakesEffectInTheFuture()
    {
        const QString file = copyOfDemo(QStringLiteral("outcomes.accred"));
        {
            // Haddad passed the workshop and took part in a Stage 3 activity three weeks ago.
            auto store = Store::open(file);
            QVERIFY(store.ok());
            Activity activity;
            activity.title = QStringLiteral("Border measures seminar, Amman");
            activity.kind = ActivityKind::Stage3Assessment;
            activity.country = QStringLiteral("Jordan");
            activity.city = QStringLiteral("Amman");
            activity.startDate = Clock::today().addDays(-21);
            activity.endDate = Clock::today().addDays(-17);
            activity.requestingAdministration = QStringLiteral("Jordan Customs");
            activity.language = QStringLiteral("English");
            activity.participants = {
                {idOf(store.value().get(), QStringLiteral("Haddad")), ParticipantRole::Stage3Candidate, false, {}}};
            const auto saved = store.value()->pool().saveActivity(activity);
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        ScoringFormView* form = window.scoringForm();
        const QUuid njoroge = idOf(store, QStringLiteral("Njoroge"));
        const QUuid haddad = idOf(store, QStringLiteral("Haddad"));
        const qsizetype length = auditLength(window);

        // An outcome never precedes its step: Nairobi's workshop has not begun.
        window.candidateList()->select(njoroge);
        showTab(window, form);
        QCOMPARE(form->mode(), ScoringFormView::Mode::Consensus);
        chooseData(child<QComboBox>(form, "outcomeStep"), keyOf(PipelineStep::Workshop));
        chooseData(child<QComboBox>(form, "outcomeResult"), true);
        QTest::mouseClick(child<QPushButton>(form, "recordOutcomeButton"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("at or after the workshop")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(auditLength(window), length);
        QVERIFY(store->assessment().outcomes(njoroge).value().isEmpty());

        // Haddad's field assessment has begun: its outcome is recorded.
        window.candidateList()->select(haddad);
        chooseData(child<QComboBox>(form, "outcomeStep"), keyOf(PipelineStep::FieldAssessment));
        chooseData(child<QComboBox>(form, "outcomeResult"), false);
        QTest::keyClicks(child<QLineEdit>(form, "outcomeNote"), QStringLiteral("Could not lead the session"));
        QTest::mouseClick(child<QPushButton>(form, "recordOutcomeButton"), Qt::LeftButton);
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(store->assessment().outcomes(haddad).value().size(), 1);

        // Accrediting her: not with a date to come, and not against the outcome without a reason.
        CandidateStandingView* standing = window.standingView();
        showTab(window, standing);
        DecisionDialog* dialog = openDecision(standing);
        QVERIFY(dialog);
        chooseData(child<QComboBox>(dialog, "decisionTo"), keyOf(Stage::Accredited));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "decisionReason"), QStringLiteral("Stage 3 completed"));
        auto* effective = child<QDateEdit>(dialog, "decisionEffective");
        auto* verdict = child<QLabel>(dialog, "decisionVerdict");
        auto* record = child<QPushButton>(dialog, "decisionRecord");
        QVERIFY(effective->isEnabled());
        effective->setDate(Clock::today().addDays(30));
        QVERIFY2(verdict->text().contains(QStringLiteral("future date")), qPrintable(verdict->text()));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("future date")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(auditLength(window), length + 1);

        effective->setDate(Clock::today());
        QVERIFY2(verdict->text().contains(QStringLiteral("not passed")) &&
                     verdict->text().contains(QStringLiteral("Override")),
                 qPrintable(verdict->text()));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("not passed")),
                 qPrintable(MessageBox::lastRecorded()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(store->candidates().byId(haddad).value().stage, Stage::WorkshopPassed);

        // With a written override, the decision against the outcome is kept.
        auto* override_ = child<QPlainTextEdit>(dialog, "decisionOverride");
        QVERIFY(override_->isEnabled());
        QTest::keyClicks(override_, QStringLiteral("Second appraisal by the host administration was positive"));
        QCOMPARE(dialog->refusal(), QString());
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_COMPARE(store->candidates().byId(haddad).value().stage, Stage::Accredited);
        QCOMPARE(auditLength(window), length + 2);
        const StageDecision last = store->decisions().of(haddad).value().constLast();
        QCOMPARE(last.effectiveDate(), Clock::today());
        QVERIFY(!last.overrideReason.isEmpty());
    }

    void aCorrectionBelongsToTheStepOfTheDecisionItCorrects()
    {
        const QString file = copyOfDemo(QStringLiteral("correction.accred"));
        QUuid kashiwa;
        {
            // Stage 2 of Kashiwa is over and closed; Stage 3 is still open.
            auto store = Store::open(file);
            QVERIFY(store.ok());
            for (const Workshop& w : store.value()->workshops().all().value()) {
                kashiwa = w.title.contains(QStringLiteral("Kashiwa")) ? w.meta.id : kashiwa;
            }
            const Status closed =
                store.value()->decisions().closeStep(kashiwa, PipelineStep::Workshop, QStringLiteral("Done"));
            QVERIFY2(closed.ok(), qPrintable(closed.message()));
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        const Store* store = window.store();
        const QUuid amrani = idOf(store, QStringLiteral("Amrani"));
        QCOMPARE(store->candidates().byId(amrani).value().stage, Stage::Accredited);
        window.candidateList()->select(amrani);
        CandidateStandingView* standing = window.standingView();
        showTab(window, standing);
        auto* reverse = child<QPushButton>(standing, "standingReverse");
        const qsizetype length = auditLength(window);

        // The accreditation is Stage 3's: its reversal is accepted although Stage 2 is closed.
        MessageBox::setNextText(QStringLiteral("Recorded in error"));
        QTest::mouseClick(reverse, Qt::LeftButton);
        QVERIFY2(MessageBox::lastRecorded().contains(QStringLiteral("Accredited")),
                 qPrintable(MessageBox::lastRecorded()));
        QCOMPARE(store->candidates().byId(amrani).value().stage, Stage::WorkshopPassed);
        QCOMPARE(auditLength(window), length + 1);
        QCOMPARE(store->decisions().of(amrani).value().constLast().step(),
                 std::optional<PipelineStep>(PipelineStep::FieldAssessment));

        // The Workshops area lists the correction once, to be told within Stage 3.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        auto* chooser = child<QComboBox>(page, "workshopChooser");
        chooser->setCurrentIndex(chooser->findData(kashiwa.toString(QUuid::WithoutBraces)) >= 0
                                     ? chooser->findData(kashiwa.toString(QUuid::WithoutBraces))
                                     : chooser->findText(QStringLiteral("Kashiwa"), Qt::MatchContains));
        QVERIFY(chooser->currentText().contains(QStringLiteral("Kashiwa")));
        auto* pending = child<QTableWidget>(page, "toInformTable");
        int rows = 0;
        for (int row = 0; row < pending->rowCount(); ++row) {
            if (pending->item(row, 0)->data(Qt::UserRole).toUuid() == amrani) {
                ++rows;
                QCOMPARE(pending->item(row, 2)->text(), labelOf(PipelineStep::FieldAssessment));
            }
        }
        QCOMPARE(rows, 1);

        // Stage 3 closed (with the reason why he is not yet told), its correction is refused,
        // in the window's words.
        page->tabs()->setCurrentIndex(3);
        QTest::keyClicks(child<QLineEdit>(page, "stepReason_field_assessment"), QStringLiteral("Told by phone"));
        QTest::mouseClick(child<QPushButton>(page, "stepButton_field_assessment"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(page, "stepState_field_assessment")->text().startsWith(QStringLiteral("Closed")),
                 qPrintable(MessageBox::lastRecorded()));
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(0);
        window.candidateList()->select(amrani);
        showTab(window, standing);
        const qsizetype closedLength = auditLength(window);
        MessageBox::setNextText(QStringLiteral("Again"));
        QTest::mouseClick(reverse, Qt::LeftButton);
        const QString said = MessageBox::lastRecorded();
        QVERIFY2(said.contains(labelOf(PipelineStep::FieldAssessment)) &&
                     said.contains(QStringLiteral("Workshops area")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("close-step")), qPrintable(said));
        QCOMPARE(auditLength(window), closedLength);
        QCOMPARE(store->candidates().byId(amrani).value().stage, Stage::WorkshopPassed);
    }

    void aConflictedOrUnsubmittedReviewerSeesNoOtherRatings()
    {
        const QString folder = m_dir.filePath(QStringLiteral("blind"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/shared.accred");
        const QString workshopTitle = QStringLiteral("Bishkek");
        const QString myPath = ReviewerWork::defaultReviewPath(file, Actor::current().person);
        QUuid open;  // a candidate I score and submit: the other's ratings show
        QUuid conflict;  // a candidate I declare a conflict about: they never do
        Person me;
        {
            auto created = Store::create(file, kBoss);
            QVERIFY(created.ok());
            Store& s = *created.value();
            const QUuid workshop = s.workshops().save(sampleWorkshop(workshopTitle)).value().meta.id;
            open = s.candidates().save(sampleCandidate(QStringLiteral("Okafor"))).value().meta.id;
            conflict = s.candidates().save(sampleCandidate(QStringLiteral("Abdullaev"))).value().meta.id;
            me = s.people().save(reviewer(QStringLiteral("Test Reviewer"), Actor::current().person)).value();
            const Person other = s.people().save(reviewer(QStringLiteral("Other Reviewer"), kOther.person)).value();
            for (const QUuid& c : {open, conflict}) {
                QVERIFY(s.workshops().enrol(c, workshop).ok());
                QVERIFY(s.assessment().assignReviewer(c, me.meta.id).ok());
                QVERIFY(s.assessment().assignReviewer(c, other.meta.id).ok());
            }
            // The other reviewer has scored both, whole forms, and the officer imported them.
            auto otherFile = ReviewFile::create(folder + QStringLiteral("/other.review"), s.fileId().value(), other);
            QVERIFY(otherFile.ok());
            for (const QUuid& c : {open, conflict}) {
                const ScoringForm form = s.assessment().scoringForm(c).value();
                for (const QString& key : form.keys()) {
                    Score score;
                    score.reviewerId = other.meta.id;
                    score.candidateId = c;
                    score.criterionKey = key;
                    score.rating = 1;
                    QVERIFY(otherFile.value()->saveScore(score).ok());
                }
                QVERIFY(otherFile.value()->submit(c, PipelineStep::Selection, form.keys(), form.keys()).ok());
            }
            const auto imported = s.assessment().importReview(otherFile.value()->path());
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
        }

        // Before I have submitted anything, and without a review file: the read-only form.
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.openFile(file));
            QCOMPARE(window.store()->role(), PersonRole::Reviewer);
            for (const QUuid& c : {open, conflict}) {
                const QString seen = seenInTheCandidateTabs(window, c);
                QCOMPARE(window.scoringForm()->mode(), ScoringFormView::Mode::ReadOnly);
                QVERIFY2(!seen.contains(QStringLiteral("Other Reviewer")), qPrintable(seen));
                const QString selection = seenInTheSelectionTab(window, workshopTitle, c);
                QVERIFY2(selection.contains(QStringLiteral("not scored yet")), qPrintable(selection));
                QVERIFY2(!selection.contains(QStringLiteral("(mean)")), qPrintable(selection));
            }
        }

        // I submit the first and declare a conflict about the second; the officer imports both.
        {
            auto reader = Store::open(file, Store::Access::ReadOnly);
            QVERIFY(reader.ok());
            auto mine = ReviewFile::create(myPath, reader.value()->fileId().value(), me);
            QVERIFY2(mine.ok(), qPrintable(mine.message()));
            const ScoringForm form = reader.value()->assessment().scoringForm(open).value();
            for (const QString& key : form.keys()) {
                Score score;
                score.reviewerId = me.meta.id;
                score.candidateId = open;
                score.criterionKey = key;
                score.rating = 1;
                QVERIFY(mine.value()->saveScore(score).ok());
            }
            QVERIFY(mine.value()->submit(open, PipelineStep::Selection, form.keys(), form.keys()).ok());
            QVERIFY(mine.value()->declareConflict(conflict, QStringLiteral("My former deputy")).ok());
        }

        // With my review file open in the window: the conflict is read from it at once.
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.openFile(file));
            QVERIFY(window.reviewFile());
            QString seen = seenInTheCandidateTabs(window, open);
            QCOMPARE(window.scoringForm()->mode(), ScoringFormView::Mode::Reviewer);
            QVERIFY2(seen.contains(QStringLiteral("Other Reviewer")), qPrintable(seen));  // submitted: they show
            QVERIFY(seenInTheSelectionTab(window, workshopTitle, open).contains(QStringLiteral("(mean)")));
            seen = seenInTheCandidateTabs(window, conflict);
            QVERIFY2(!seen.contains(QStringLiteral("Other Reviewer")), qPrintable(seen));
            QVERIFY(!child<QPushButton>(window.scoringForm(), "submitScoresButton")->isEnabled());
            const QString selection = seenInTheSelectionTab(window, workshopTitle, conflict);
            QVERIFY2(!selection.contains(QStringLiteral("(mean)")) &&
                         selection.contains(QStringLiteral("not scored yet")),
                     qPrintable(selection));
        }

        // Imported into the shared file, and read without my review file: the read-only form.
        {
            auto officer = Store::open(file, Store::Access::Edit, kBoss);
            QVERIFY(officer.ok());
            const auto imported = officer.value()->assessment().importReview(myPath);
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
        }
        QVERIFY(QFile::rename(myPath, myPath + QStringLiteral(".aside")));
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.openFile(file));
            QVERIFY(!window.reviewFile());
            QString seen = seenInTheCandidateTabs(window, open);
            QCOMPARE(window.scoringForm()->mode(), ScoringFormView::Mode::ReadOnly);
            QVERIFY2(seen.contains(QStringLiteral("Other Reviewer")), qPrintable(seen));
            seen = seenInTheCandidateTabs(window, conflict);
            QVERIFY2(!seen.contains(QStringLiteral("Other Reviewer")), qPrintable(seen));
            const QString selection = seenInTheSelectionTab(window, workshopTitle, conflict);
            QVERIFY2(!selection.contains(QStringLiteral("(mean)")), qPrintable(selection));
        }
    }
};

AD_TEST_MAIN(TestWindowRules)
#include "TestWindowRules.moc"
