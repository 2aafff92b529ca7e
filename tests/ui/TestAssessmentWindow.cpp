// SPDX-License-Identifier: GPL-3.0-or-later
// Assessment in the window: a reviewer fills a whole scoring form by keyboard, saves a
// draft, submits, and only then sees the other reviewer's scores; the officer assigns
// reviewers (a conflict of interest flagged and needing a reason), spreads them evenly,
// records a consensus, and confirms the Stage 1 pre-check with an override and its reason.
#include "assessment/AssessmentRecords.h"
#include "assessment/AssignmentView.h"
#include "domain/Candidate.h"
#include "candidates/CandidateListView.h"
#include "candidates/CandidateStandingView.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "assessment/ScoresView.h"
#include "assessment/ScoringFormView.h"
#include "domain/Screening.h"
#include "assessment/ScreeningCheckView.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Workshops.h"
#include "store/Candidates.h"
#include "store/Decisions.h"
#include "store/Assessment.h"
#include "TestSupport.h"
#include "Translations.h"
#include "domain/Workshop.h"
#include "workshops/WorkshopsPage.h"
#include "TestMain.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

namespace {

const Actor kBoss{QStringLiteral("boss"), QStringLiteral("pc-1")};
const Actor kOther{QStringLiteral("otherreviewer"), QStringLiteral("pc-3")};

void screenshot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(AD_BINARY_DIR "/screenshots"));
    QApplication::processEvents();
    QVERIFY(widget->grab().save(QStringLiteral(AD_BINARY_DIR "/screenshots/") + name));
}

Person reviewer(const QString& name, const QString& account, const QString& administration)
{
    Person p;
    p.name = name;
    p.account = account;
    p.role = PersonRole::Reviewer;
    p.administration = administration;
    return p;
}

void showCandidateTab(MainWindow& window, QWidget* tab)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("candidateTabs"));
    tabs->setCurrentWidget(tab);
}

/// The candidate's tabs given most of the height, as a user drags the splitter, and grabbed.
void screenshotOfTabs(MainWindow& window, const QString& name)
{
    window.findChild<QSplitter*>(QStringLiteral("detailsSplitter"))->setSizes({60, 840});
    window.findChild<QSplitter*>(QStringLiteral("registerSplitter"))->setSizes({300, 900});
    QApplication::processEvents();
    screenshot(window.findChild<QTabWidget*>(QStringLiteral("candidateTabs")), name);
}

}  // namespace

class TestAssessmentWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("WCO-tests"));
        QApplication::setApplicationName(QStringLiteral("Accreditation Desk assessment tests"));
        QSettings().clear();
        Translations::install();
        MessageBox::recordInsteadOfShowing(true);
        QVERIFY(m_dir.isValid());
    }

    void aReviewerScoresAWholeFormByKeyboardAndSeesOthersOnlyAfterSubmitting()
    {
        const QString folder = m_dir.filePath(QStringLiteral("reviewer"));
        QDir().mkpath(folder);
        const QString file = folder + QStringLiteral("/shared.accred");
        QUuid candidateId;
        {
            auto store = Store::create(file, kBoss);
            QVERIFY(store.ok());
            auto& s = *store.value();
            const QUuid workshop = s.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
            Candidate c = sampleCandidate(QStringLiteral("Okafor"));
            c.givenNames = QStringLiteral("Chidi");
            candidateId = s.candidates().save(c).value().meta.id;
            QVERIFY(s.workshops().enrol(candidateId, workshop).ok());
            // The workshop says what to look for in discussions, and nothing for the others.
            QList<Criterion> own = ScoringForm::defaultWorkshopCriteria();
            for (Criterion& criterion : own) {
                criterion.description.clear();
            }
            own[0].description = QStringLiteral("Listens to others, builds on their points and keeps to the time "
                                                "given; disagrees without taking over the discussion.");
            QVERIFY(s.workshops().setCriteria(workshop, own, s.workshops().criteria(workshop).value()).ok());
            const QUuid me = s.people()
                                 .save(reviewer(QStringLiteral("Test Reviewer"), Actor::current().person,
                                                QStringLiteral("WCO Secretariat")))
                                 .value()
                                 .meta.id;
            const Person other =
                s.people()
                    .save(reviewer(QStringLiteral("Other Reviewer"), kOther.person, QStringLiteral("Japan Customs")))
                    .value();
            // Both review the workshop's round (Stage 2).
            QVERIFY(s.assessment().assignReviewer(candidateId, me, {}, PipelineStep::Workshop).ok());
            QVERIFY(s.assessment().assignReviewer(candidateId, other.meta.id, {}, PipelineStep::Workshop).ok());
            // The other reviewer has submitted a score; the officer imported it.
            auto otherFile = ReviewFile::create(folder + QStringLiteral("/other.review"), s.fileId().value(), other);
            QVERIFY(otherFile.ok());
            // A form is submitted whole: every item rated (the import refuses less).
            const ScoringForm otherForm = s.assessment().scoringForm(candidateId, PipelineStep::Workshop).value();
            for (const QString& key : otherForm.keys()) {
                Score score;
                score.reviewerId = other.meta.id;
                score.candidateId = candidateId;
                score.round = PipelineStep::Workshop;
                score.criterionKey = key;
                score.rating = key == QLatin1String("personal.interpersonal") ? 4 : 1;
                score.comment =
                    key == QLatin1String("personal.interpersonal") ? QStringLiteral("Excellent listener") : QString();
                QVERIFY(otherFile.value()->saveScore(score).ok());
            }
            QVERIFY(otherFile.value()
                        ->submit(candidateId, PipelineStep::Workshop, otherForm.keys(), otherForm.keys())
                        .ok());
            const auto imported = s.assessment().importReview(otherFile.value()->path());
            QVERIFY2(imported.ok(), qPrintable(imported.message()));
        }
        {  // my review file, beside the shared file where the window finds it
            auto reader = Store::open(file, Store::Access::ReadOnly);
            QVERIFY(reader.ok());
            QVERIFY(
                ReviewerWork::openOwn(*reader.value(), ReviewerWork::defaultReviewPath(file, Actor::current().person))
                    .ok());
        }
        const QString sharedHash = sha256Of(file);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY(window.reviewFile());
        window.candidateList()->select(candidateId);
        ScoringFormView* form = window.scoringForm();
        showCandidateTab(window, form);
        QCOMPARE(form->mode(), ScoringFormView::Mode::Reviewer);
        // The form is of one round, chosen above it: Stage 1 (the profile's 31 criteria, not
        // assigned to me), then Stage 2 (the profile's as observed and the workshop's own).
        auto* round = form->findChild<QComboBox*>(QStringLiteral("assessmentRound"));
        QVERIFY(round);
        QCOMPARE(round->accessibleName(), QStringLiteral("Assessment round"));
        QCOMPARE(form->round(), PipelineStep::Selection);
        QCOMPARE(form->progressText(), QStringLiteral("0 of 31 criteria"));
        QVERIFY(!form->findChild<QComboBox*>(QStringLiteral("rating:workshop:discussions")));
        QVERIFY(!form->findChild<QComboBox*>(QStringLiteral("rating:personal.interpersonal"))->isEnabled());
        form->setRound(PipelineStep::Workshop);
        QCOMPARE(form->progressText(), QStringLiteral("0 of 34 criteria"));
        // The round chooser in the whole window, at the two sizes the docs show.
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            window.resize(size);
            QApplication::processEvents();
            screenshot(&window, QStringLiteral("scoring-form-round-%1.png").arg(size.width()));
        }
        window.resize(1400, 900);
        QApplication::processEvents();
        // What to look for shows under the criterion's name and is the rating's accessible
        // description; a criterion that says nothing shows nothing.
        auto* lookFor = form->findChild<QLabel*>(QStringLiteral("lookFor:workshop:discussions"));
        QVERIFY(lookFor);
        QVERIFY(lookFor->isVisibleTo(form));
        QVERIFY(lookFor->text().startsWith(QStringLiteral("Listens to others")));
        QVERIFY(lookFor->wordWrap());
        auto* discussions = form->findChild<QComboBox*>(QStringLiteral("rating:workshop:discussions"));
        QVERIFY(discussions->accessibleDescription().contains(QStringLiteral("keeps to the time given")));
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(discussions);
        QVERIFY(face && face->text(QAccessible::Description).contains(QStringLiteral("keeps to the time given")));
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("lookFor:workshop:presentations")));
        QVERIFY(form->findChild<QComboBox*>(QStringLiteral("rating:workshop:presentations"))
                    ->accessibleDescription()
                    .isEmpty());
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("lookFor:personal.interpersonal")));
        // Blind: the other reviewer's score is hidden until mine are submitted.
        QCOMPARE(window.scoresView()->table()->rowCount(), 0);

        // Every control by keyboard: rating (arrow keys), Tab, comment, Tab, evidence, Tab.
        const QList<QComboBox*> ratings =
            form->findChildren<QComboBox*>(QRegularExpression(QStringLiteral("^rating:")));
        QCOMPARE(ratings.size(), 34);
        QVERIFY(!form->findChild<QComboBox*>(QStringLiteral("outcomeStep"))->isVisibleTo(form));  // the officer's only
        QComboBox* first = form->findChild<QComboBox*>(QStringLiteral("rating:personal.interpersonal"));
        QVERIFY(first);
        first->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(first));
        for (int i = 0; i < 34; ++i) {
            auto* rating = qobject_cast<QComboBox*>(QApplication::focusWidget());
            QVERIFY2(rating && rating->objectName().startsWith(QStringLiteral("rating:")),
                     qPrintable(QApplication::focusWidget()->objectName()));
            const bool hard = rating->count() == 3;
            QTest::keyClick(rating, Qt::Key_Down);
            QTest::keyClick(rating, Qt::Key_Down);
            if (!hard) {
                QTest::keyClick(rating, Qt::Key_Down);  // "2 – Meets"
            }
            QTest::keyClick(rating, Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Seen at the workshop"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Group exercise"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (i == 11) {
                QCOMPARE(form->progressText(), QStringLiteral("12 of 34 criteria"));
            }
        }
        QCOMPARE(form->progressText(), QStringLiteral("34 of 34 criteria"));
        auto* descriptor = form->findChild<QLabel*>(QStringLiteral("descriptor:personal.interpersonal"));
        QVERIFY(descriptor->text().startsWith(QStringLiteral("Clear evidence")));
        QCOMPARE(first->currentText(), QStringLiteral("2 – Meets"));
        QCOMPARE(form->findChild<QComboBox*>(QStringLiteral("rating:language.english"))->currentText(),
                 QStringLiteral("1 – Met"));
        screenshotOfTabs(window, QStringLiteral("scoring-form.png"));

        // Save Draft keeps the drafts in my review file, not in the shared file.
        auto* save = form->findChild<QPushButton*>(QStringLiteral("saveScoresButton"));
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(window.reviewFile()->scores().value().size(), 34);
        QVERIFY(!window.reviewFile()->scores().value().first().isSubmitted());
        QCOMPARE(sha256Of(file), sharedHash);
        // Still blind after a draft: only my own scores show.
        QCOMPARE(window.scoresView()->table()->rowCount(), 34);

        auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitScoresButton"));
        QTest::keyClick(submit, Qt::Key_Space);
        QVERIFY(window.reviewFile()->scores().value().first().isSubmitted());
        // Submitted scores are final: the form was read again and is no longer editable.
        QVERIFY(!form->findChild<QComboBox*>(QStringLiteral("rating:personal.interpersonal"))->isEnabled());
        // Now the other reviewer's scores show beside mine.
        QCOMPARE(window.scoresView()->table()->rowCount(), 68);
        bool seesOther = false;
        for (int r = 0; r < window.scoresView()->table()->rowCount(); ++r) {
            seesOther =
                seesOther || window.scoresView()->table()->item(r, 0)->text() == QLatin1String("Other Reviewer");
        }
        QVERIFY(seesOther);
        QCOMPARE(sha256Of(file), sharedHash);  // the reviewer's window never wrote the shared file
        showCandidateTab(window, window.scoresView());
        screenshotOfTabs(window, QStringLiteral("scores-after-submitting.png"));
    }

    void theOfficerAssignsRecordsAConsensusAndConfirmsThePreCheck()
    {
        const QString folder = m_dir.filePath(QStringLiteral("officer"));
        QDir().mkpath(folder);
        const QString file = folder + QStringLiteral("/shared.accred");
        QUuid workshop;
        QUuid sato;
        QUuid diallo;
        {
            auto store = Store::create(file);
            QVERIFY(store.ok());
            auto& s = *store.value();
            workshop = s.workshops().save(sampleWorkshop(QStringLiteral("Kashiwa"))).value().meta.id;
            Candidate a = sampleCandidate(QStringLiteral("Sato"));
            a.givenNames = QStringLiteral("Haruka");
            a.administration = QStringLiteral("Japan Customs");
            a.yearsInCustoms = 4;  // short of the five years the call asks
            sato = s.candidates().save(a).value().meta.id;
            Candidate b = sampleCandidate(QStringLiteral("Diallo"));
            b.givenNames = QStringLiteral("Aïssata");
            b.administration = QStringLiteral("Senegal Customs");
            diallo = s.candidates().save(b).value().meta.id;
            QVERIFY(s.workshops().enrol(sato, workshop).ok());
            QVERIFY(s.workshops().enrol(diallo, workshop).ok());
            QVERIFY(s.people()
                        .save(reviewer(QStringLiteral("Ana Reviewer"), QStringLiteral("ana"),
                                       QStringLiteral("Japan Customs")))
                        .ok());
            QVERIFY(s.people()
                        .save(reviewer(QStringLiteral("Ben Reviewer"), QStringLiteral("ben"),
                                       QStringLiteral("Belgian Customs")))
                        .ok());
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(file));
        QVERIFY(!window.store()->isReadOnly());

        // Reviewers per workshop: Ana is flagged for Sato, her own administration.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(1);
        WorkshopsPage* page = window.workshopsPage();
        page->selectWorkshop(workshop);
        page->tabs()->setCurrentWidget(page->assignments());
        QTableWidget* table = page->assignments()->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 2);
        const int satoRow = table->verticalHeaderItem(0)->text().startsWith(QStringLiteral("Sato")) ? 0 : 1;
        QVERIFY(table->item(satoRow, 0)->text().contains(QStringLiteral("same administration")));
        // Ticking her without a reason is cancelled; with one she is assigned.
        MessageBox::setNextText(QString());
        table->setCurrentCell(satoRow, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(window.store()->assessment().assignments(sato).value().isEmpty());
        MessageBox::setNextText(QStringLiteral("Only Japanese speaker on the panel"));
        table->setCurrentCell(satoRow, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(window.store()->assessment().assignments(sato).value().size(), 1);
        QCOMPARE(window.store()->assessment().assignments(sato).value().first().conflictReason,
                 QStringLiteral("Only Japanese speaker on the panel"));
        QCOMPARE(table->item(satoRow, 0)->checkState(), Qt::Checked);
        // Spread evenly: Diallo gets both, Sato gets Ben too.
        QTest::keyClick(page->assignments()->findChild<QPushButton*>(QStringLiteral("spreadButton")), Qt::Key_Space);
        QCOMPARE(window.store()->assessment().assignments().value().size(), 4);
        screenshot(&window, QStringLiteral("reviewers-per-workshop.png"));

        // Consensus on Diallo, kept apart from any reviewer's scores.
        window.findChild<QListWidget*>(QStringLiteral("areaNavigation"))->setCurrentRow(0);
        window.candidateList()->select(diallo);
        ScoringFormView* form = window.scoringForm();
        showCandidateTab(window, form);
        QCOMPARE(form->mode(), ScoringFormView::Mode::Consensus);
        auto* rating = form->findChild<QComboBox*>(QStringLiteral("rating:personal.interpersonal"));
        rating->setFocus();
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(rating, Qt::Key_Down);  // "3 – Exceeds"
        }
        QTest::keyClick(rating, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Agreed after the panel"));
        QTest::keyClick(form->findChild<QPushButton*>(QStringLiteral("saveScoresButton")), Qt::Key_Space);
        const auto agreed = window.store()->assessment().consensus(diallo).value();
        QCOMPARE(agreed.size(), 1);
        QCOMPARE(agreed.first().rating, 3);
        QCOMPARE(agreed.first().comment, QStringLiteral("Agreed after the panel"));
        QVERIFY(window.store()->assessment().scores(diallo).value().isEmpty());
        QVERIFY(form->findChild<QPushButton*>(QStringLiteral("submitScoresButton"))->isHidden());
        // The outcome of Stage 1, by keyboard, apart from the ratings.
        auto* step = form->findChild<QComboBox*>(QStringLiteral("outcomeStep"));
        QVERIFY(step->isVisible());
        step->setFocus();
        QTest::keyClick(step, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);  // "Not passed"
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Below the profile on facilitation"));
        QTest::keyClick(form->findChild<QPushButton*>(QStringLiteral("recordOutcomeButton")), Qt::Key_Space);
        const auto outcomes = window.store()->assessment().outcomes(diallo).value();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().step, PipelineStep::Selection);
        QVERIFY(!outcomes.first().passed);
        QCOMPARE(outcomes.first().note, QStringLiteral("Below the profile on facilitation"));
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("outcomesRecorded"))
                    ->text()
                    .contains(QStringLiteral("not passed")));
        screenshotOfTabs(window, QStringLiteral("consensus-form.png"));

        // The pre-check on Sato's History tab: four years in Customs, not met, with why.
        window.candidateList()->select(sato);
        showCandidateTab(window, window.standingView());
        ScreeningCheckView* check = window.standingView()->preCheck();
        QTreeWidget* findings = check->findings();
        QCOMPARE(findings->topLevelItemCount(), 2);
        QCOMPARE(findings->topLevelItem(0)->text(1), QStringLiteral("not met"));
        QTreeWidgetItem* customs = nullptr;
        for (int i = 0; i < findings->topLevelItem(0)->childCount(); ++i) {
            if (findings->topLevelItem(0)->child(i)->text(2).contains(QStringLiteral("in Customs"))) {
                customs = findings->topLevelItem(0)->child(i);
            }
        }
        QVERIFY(customs);
        QCOMPARE(customs->text(1), QStringLiteral("not met"));
        QCOMPARE(findings->topLevelItem(1)->childCount(), 25);
        // Overriding needs a reason.
        auto* override = check->findChild<QCheckBox*>(QStringLiteral("overrideHard"));
        QTest::keyClick(override, Qt::Key_Space);
        QVERIFY(override->isChecked());
        auto* confirm = check->findChild<QPushButton*>(QStringLiteral("confirmScreeningButton"));
        QTest::keyClick(confirm, Qt::Key_Space);
        QVERIFY(MessageBox::lastRecorded().contains(QStringLiteral("say why")));
        QVERIFY(!window.store()->decisions().screening(sato).value());
        QTest::keyClicks(check->findChild<QLineEdit*>(QStringLiteral("screeningReason")),
                         QStringLiteral("Customs years counted from the secondment"));
        QTest::keyClick(confirm, Qt::Key_Space);
        const auto recorded = window.store()->decisions().screening(sato).value();
        QVERIFY(recorded);
        QVERIFY(recorded->hardRequirementsMet);
        QCOMPARE(recorded->overrideReason, QStringLiteral("Customs years counted from the secondment"));
        QVERIFY(check->findChild<QLabel*>(QStringLiteral("screeningConclusion"))
                    ->text()
                    .contains(QStringLiteral("judged otherwise")));
        window.findChild<QSplitter*>(QStringLiteral("detailsSplitter"))->setSizes({60, 840});
        window.findChild<QSplitter*>(QStringLiteral("registerSplitter"))->setSizes({300, 900});
        QApplication::processEvents();
        window.standingView()->findChild<QScrollArea*>(QStringLiteral("standingScroll"))->ensureWidgetVisible(check);
        screenshot(window.findChild<QTabWidget*>(QStringLiteral("candidateTabs")),
                   QStringLiteral("screening-pre-check.png"));
    }
};

AD_TEST_MAIN(TestAssessmentWindow)
#include "TestAssessmentWindow.moc"
