// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoringFormView.h"

#include "assessment/AssessmentRecords.h"
#include "assessment/AssessmentRound.h"
#include "domain/Candidate.h"
#include "widgets/MessageBox.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "assessment/ReviewRules.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"

#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ScoringFormView::ScoringFormView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoringForm"));
    // Each round has its own form and its own submit: the officer and the reviewers work
    // in one round at a time.
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("assessmentRound"));
    m_round->setAccessibleName(tr("Assessment round"));
    for (PipelineStep step : AssessmentRound::all()) {
        m_round->addItem(labelOf(step), keyOf(step));
    }
    auto* roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_round);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("scoringHeading"));
    m_heading->setWordWrap(true);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("scoringProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(QStringLiteral("scoringScroll"));
    m_scroll->setAccessibleName(tr("Criteria of the form"));
    m_save = new QPushButton(tr("Save &Draft"), this);
    m_save->setObjectName(QStringLiteral("saveScoresButton"));
    m_save->setAccessibleName(tr("Save draft"));
    m_submit = new QPushButton(tr("S&ubmit"), this);
    m_submit->setObjectName(QStringLiteral("submitScoresButton"));
    m_submit->setAccessibleName(tr("Submit the scores"));
    m_conflict = new QPushButton(tr("Declare a &Conflict…"), this);
    m_conflict->setObjectName(QStringLiteral("declareConflictButton"));
    m_conflict->setAccessibleName(tr("Declare a conflict of interest"));
    connect(m_save, &QPushButton::clicked, this, &ScoringFormView::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &ScoringFormView::submit);
    connect(m_conflict, &QPushButton::clicked, this, &ScoringFormView::declareConflict);

    // The officer's outcome of each step, kept apart from the ratings.
    m_outcomeRow = new QWidget(this);
    m_outcomeStep = new QComboBox(m_outcomeRow);
    m_outcomeStep->setObjectName(QStringLiteral("outcomeStep"));
    m_outcomeStep->setAccessibleName(tr("Step of the outcome"));
    m_outcomeStep->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcomeStep->setMinimumContentsLength(14);  // a long step name elides rather than widening the window
    for (PipelineStep step : allOf<PipelineStep>()) {
        m_outcomeStep->addItem(labelOf(step), keyOf(step));
    }
    m_outcomeResult = new QComboBox(m_outcomeRow);
    m_outcomeResult->setObjectName(QStringLiteral("outcomeResult"));
    m_outcomeResult->setAccessibleName(tr("Outcome"));
    m_outcomeResult->addItem(tr("Passed"), true);
    m_outcomeResult->addItem(tr("Not passed"), false);
    m_outcomeNote = new QLineEdit(m_outcomeRow);
    m_outcomeNote->setObjectName(QStringLiteral("outcomeNote"));
    m_outcomeNote->setAccessibleName(tr("Note on the outcome"));
    m_outcomeNote->setPlaceholderText(tr("Why, in a sentence"));
    m_recordOutcome = new QPushButton(tr("Record &Outcome"), m_outcomeRow);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    connect(m_recordOutcome, &QPushButton::clicked, this, &ScoringFormView::recordOutcome);
    auto* outcomeLabel = new QLabel(tr("Outc&ome:"), m_outcomeRow);
    outcomeLabel->setBuddy(m_outcomeStep);
    m_outcomes = new QLabel(m_outcomeRow);
    m_outcomes->setObjectName(QStringLiteral("outcomesRecorded"));
    m_outcomes->setWordWrap(true);
    auto* outcomeGrid = new QGridLayout(m_outcomeRow);
    outcomeGrid->setContentsMargins(0, 0, 0, 0);
    outcomeGrid->addWidget(outcomeLabel, 0, 0);
    outcomeGrid->addWidget(m_outcomeStep, 0, 1);
    outcomeGrid->addWidget(m_outcomeResult, 0, 2);
    // The note and its button on a row of their own: on one row with the step and the
    // outcome they were wider than the editor's share of a 1024-pixel screen.
    outcomeGrid->addWidget(m_outcomeNote, 1, 1, 1, 2);
    outcomeGrid->addWidget(m_recordOutcome, 1, 3);
    outcomeGrid->addWidget(m_outcomes, 2, 1, 1, 3);
    outcomeGrid->setColumnStretch(2, 1);

    // The round and the progress on a row of their own, so the heading keeps the pane's
    // width in a small window.
    auto* roundRow = new QHBoxLayout;
    roundRow->addWidget(roundLabel);
    roundRow->addWidget(m_round);
    roundRow->addStretch(1);
    roundRow->addWidget(m_progress);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_conflict);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(roundRow);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_outcomeRow);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this]() {
        // What was typed in the other round's form is not carried over: it is another form.
        if (m_store && !m_candidate.isNull()) {
            const auto form = m_store->assessment().scoringForm(m_candidate, round());
            m_form = form.ok() ? form.value() : ScoringForm();
        }
        rebuild();
    });
    rebuild();
}

PipelineStep ScoringFormView::round() const
{
    return fromKey<PipelineStep>(m_round->currentData().toString()).value_or(PipelineStep::Selection);
}

void ScoringFormView::setRound(PipelineStep round)
{
    m_round->setCurrentIndex(std::max(0, m_round->findData(keyOf(round))));
}

bool ScoringFormView::hasUnsavedChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row& row) {
        return ratingOf(row) != row.storedRating || row.comment->text() != row.storedComment ||
               (row.evidence && row.evidence->text() != row.storedEvidence);
    });
}

QString ScoringFormView::unsavedSubject() const
{
    const auto candidate = m_store && !m_candidate.isNull() ? m_store->candidates().byIdIn(m_candidate, round())
                                                            : Result<Candidate>(Candidate());
    const QString name = candidate.ok() ? candidate.value().displayName() : QString();
    return m_mode == Mode::Reviewer ? tr("your scores of %1").arg(name) : tr("the consensus on %1").arg(name);
}

void ScoringFormView::revert()
{
    rebuild();
}

void ScoringFormView::setCandidate(Store* store, ReviewFile* review, const QUuid& candidateId)
{
    if (store == m_store && review == m_review && candidateId == m_candidate && hasUnsavedChanges()) {
        return;  // a refresh must not throw away what is being typed; Save Draft reads afresh
    }
    m_store = store;
    m_review = review;
    m_candidate = candidateId;
    m_mode = Mode::None;
    if (m_store && !m_candidate.isNull()) {
        if (m_store->role() == PersonRole::Reviewer && m_review) {
            m_mode = Mode::Reviewer;
        } else if (m_store->role() == PersonRole::Officer && !m_store->isReadOnly()) {
            m_mode = Mode::Consensus;
        } else {
            m_mode = Mode::ReadOnly;
        }
        const auto form = m_store->assessment().scoringForm(m_candidate, round());
        m_form = form.ok() ? form.value() : ScoringForm();
    }
    rebuild();
}

QString ScoringFormView::progressText() const
{
    return m_progress->text();
}

void ScoringFormView::rebuild()
{
    m_rows.clear();
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    QHash<QString, Score> own;  // the reviewer's own, from their review file
    QHash<QString, ConsensusRating> agreed;
    QHash<QString, QStringList> others;  // what the others rated, as far as the actor may see
    bool submitted = false;
    bool mayScore = false;
    QString refusal;
    QString candidateName;
    if (m_mode != Mode::None) {
        if (const auto c = m_store->candidates().byIdIn(m_candidate, round()); c.ok()) {
            // As this round shows them: under their code when the round is anonymised.
            candidateName = c.value().displayName();
        }
        QList<Score> mine;
        QList<ConflictDeclaration> myConflicts;
        if (m_mode == Mode::Reviewer) {
            for (const Score& s : m_review->scores().ok() ? m_review->scores().value() : QList<Score>()) {
                if (s.candidateId == m_candidate && s.round == round()) {
                    own.insert(s.criterionKey, s);
                    mine.append(s);
                    submitted = submitted || s.isSubmitted();
                }
            }
            myConflicts = m_review->conflicts().ok() ? m_review->conflicts().value() : QList<ConflictDeclaration>();
            const Status may = ReviewerWork::checkMayScore(*m_store, *m_review, m_candidate, round());
            mayScore = may.ok() && !submitted;
            refusal = submitted ? tr("You submitted your scores of this candidate in this round; they are final.")
                                : may.message();
        }
        for (const ConsensusRating& c : m_store->assessment().consensus(m_candidate).ok()
                                            ? m_store->assessment().consensus(m_candidate).value()
                                            : QList<ConsensusRating>()) {
            if (c.round == round()) {
                agreed.insert(c.criterionKey, c);
            }
        }
        QHash<QUuid, QString> names;
        for (const Person& p : m_store->people().all().ok() ? m_store->people().all().value() : QList<Person>()) {
            names.insert(p.meta.id, p.name);
        }
        const auto visible = m_store->assessment().visibleScores(m_candidate, mine, myConflicts);
        for (const Score& s : visible.ok() ? visible.value() : QList<Score>()) {
            if (s.rating && s.round == round() &&
                (m_mode != Mode::Reviewer || s.reviewerId != m_review->identity().reviewerId)) {
                others[s.criterionKey].append(
                    tr("%1: %2").arg(names.value(s.reviewerId, tr("unknown")), QString::number(*s.rating)));
            }
        }
    }
    const bool editable = (m_mode == Mode::Reviewer && mayScore) || m_mode == Mode::Consensus;
    switch (m_mode) {
    case Mode::None:
        m_heading->setText(tr("Select a candidate to see their scoring form."));
        break;
    case Mode::Reviewer:
        m_heading->setText(mayScore ? tr("Your scores of %1 (drafts until you submit)").arg(candidateName)
                                    : tr("Your scores of %1. %2").arg(candidateName, refusal));
        break;
    case Mode::Consensus:
        m_heading->setText(tr("Consensus on %1, apart from the reviewers' own scores (shown beside each criterion)")
                               .arg(candidateName));
        break;
    case Mode::ReadOnly:
        m_heading->setText(tr("Consensus on %1 (read only)").arg(candidateName));
        break;
    }
    if (m_mode != Mode::None) {
        for (const FormSection& section : m_form.sections) {
            auto* box = new QGroupBox(section.title, content);
            auto* grid = new QGridLayout(box);
            grid->setColumnStretch(0, 2);
            grid->setColumnStretch(2, 3);
            int line = 0;
            for (const FormCriterion& criterion : section.criteria) {
                Row row;
                row.key = criterion.key;
                auto* name = new QLabel(criterion.name, box);
                name->setWordWrap(true);
                row.rating = new QComboBox(box);
                row.rating->setObjectName(QStringLiteral("rating:") + criterion.key);
                row.rating->setAccessibleName(tr("Rating of %1").arg(criterion.name));
                row.rating->addItem(tr("Not rated"), -1);
                if (criterion.kind == CriterionKind::Hard) {
                    row.rating->addItem(m_form.ratingLabel(criterion.key, 0), 0);
                    row.rating->addItem(m_form.ratingLabel(criterion.key, 1), 1);
                } else {
                    for (const ScaleLevel& level : m_form.scale) {
                        row.rating->addItem(m_form.ratingLabel(criterion.key, level.rating), level.rating);
                        row.rating->setItemData(row.rating->count() - 1, level.descriptor, Qt::ToolTipRole);
                    }
                }
                name->setBuddy(row.rating);
                // What to look for, under the name; a screen reader hears it with the rating, as
                // it hears the name through the buddy.
                QLabel* lookFor = nullptr;
                if (!criterion.description.isEmpty()) {
                    lookFor = new QLabel(criterion.description, box);
                    lookFor->setObjectName(QStringLiteral("lookFor:") + criterion.key);
                    lookFor->setTextFormat(Qt::PlainText);
                    lookFor->setWordWrap(true);
                    QFont small = lookFor->font();
                    small.setPointSizeF(small.pointSizeF() * 0.9);
                    lookFor->setFont(small);
                    row.rating->setAccessibleDescription(tr("What to look for: %1").arg(criterion.description));
                }
                row.descriptor = new QLabel(box);
                row.descriptor->setWordWrap(true);
                row.descriptor->setObjectName(QStringLiteral("descriptor:") + criterion.key);
                row.comment = new QLineEdit(box);
                row.comment->setObjectName(QStringLiteral("comment:") + criterion.key);
                row.comment->setAccessibleName(tr("Comment on %1").arg(criterion.name));
                row.comment->setPlaceholderText(tr("Comment"));
                if (m_mode == Mode::Reviewer) {
                    row.evidence = new QLineEdit(box);
                    row.evidence->setObjectName(QStringLiteral("evidence:") + criterion.key);
                    row.evidence->setAccessibleName(tr("Evidence for %1").arg(criterion.name));
                    row.evidence->setPlaceholderText(tr("Evidence"));
                    const Score s = own.value(criterion.key);
                    row.storedRating = s.rating.value_or(-1);
                    row.storedComment = s.comment;
                    row.storedEvidence = s.evidence;
                    row.storedVersion = s.meta.rowVersion;
                    row.evidence->setText(s.evidence);
                } else if (agreed.contains(criterion.key)) {
                    row.storedRating = agreed.value(criterion.key).rating;
                    row.storedComment = agreed.value(criterion.key).comment;
                    row.storedAt = agreed.value(criterion.key).recordedAt;
                }
                row.rating->setCurrentIndex(std::max(0, row.rating->findData(row.storedRating)));
                row.comment->setText(row.storedComment);
                for (QWidget* w : {static_cast<QWidget*>(row.rating), static_cast<QWidget*>(row.comment),
                                   static_cast<QWidget*>(row.evidence)}) {
                    if (w) {
                        w->setEnabled(editable);
                    }
                }
                // Two lines a criterion, so the form reads in a narrow pane: what is rated and
                // how, then the comment and the evidence (or the reviewers' ratings); between
                // them what to look for, when the criterion says (an empty grid row takes no room).
                grid->addWidget(name, 3 * line, 0);
                grid->addWidget(row.rating, 3 * line, 1);
                grid->addWidget(row.descriptor, 3 * line, 2);
                if (lookFor) {
                    grid->addWidget(lookFor, 3 * line + 1, 0, 1, 3);
                }
                grid->addWidget(row.comment, 3 * line + 2, 0, 1, 2);
                if (row.evidence) {
                    grid->addWidget(row.evidence, 3 * line + 2, 2);
                } else {
                    auto* seen = new QLabel(
                        others.value(criterion.key).isEmpty()
                            ? tr("No reviewer's rating to show")
                            : tr("Reviewers: %1").arg(others.value(criterion.key).join(QStringLiteral(", "))),
                        box);
                    seen->setObjectName(QStringLiteral("others:") + criterion.key);
                    seen->setWordWrap(true);
                    grid->addWidget(seen, 3 * line + 2, 2);
                }
                m_rows.append(row);
                const int index = int(m_rows.size()) - 1;
                connect(row.rating, &QComboBox::currentIndexChanged, this, [this, index]() {
                    showDescriptor(m_rows.at(index));
                    updateProgress();
                });
                showDescriptor(m_rows.last());
                ++line;
            }
            layout->addWidget(box);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);  // deletes the previous form
    m_save->setVisible(m_mode == Mode::Reviewer || m_mode == Mode::Consensus);
    m_save->setText(m_mode == Mode::Consensus ? tr("Record &Consensus") : tr("Save &Draft"));
    m_save->setEnabled(editable);
    m_submit->setVisible(m_mode == Mode::Reviewer);
    m_submit->setEnabled(editable);
    m_conflict->setVisible(m_mode == Mode::Reviewer);
    m_conflict->setEnabled(m_mode == Mode::Reviewer && mayScore);
    showOutcomes();
    updateProgress();
}

void ScoringFormView::showOutcomes()
{
    // Officers record outcomes; everyone who sees the form reads them.
    m_outcomeRow->setVisible(m_mode == Mode::Consensus || m_mode == Mode::ReadOnly);
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_outcomeStep, m_outcomeResult, m_outcomeNote, m_recordOutcome}) {
        control->setEnabled(m_mode == Mode::Consensus);
    }
    QStringList lines;
    if (m_store && !m_candidate.isNull()) {
        const auto recorded = m_store->assessment().outcomes(m_candidate);
        const QLocale locale;
        for (const AssessmentOutcome& o : recorded.ok() ? recorded.value() : QList<AssessmentOutcome>()) {
            lines.append(tr("%1: %2%3 (%4, %5)")
                             .arg(labelOf(o.step), o.passed ? tr("passed") : tr("not passed"),
                                  o.note.isEmpty() ? QString() : QStringLiteral(" — ") + o.note,
                                  locale.toString(o.recordedAt.toLocalTime(), QLocale::ShortFormat), o.recordedBy));
        }
    }
    m_outcomes->setText(lines.isEmpty() ? tr("No outcome recorded yet.") : lines.join(QLatin1Char('\n')));
}

bool ScoringFormView::recordOutcome()
{
    if (m_mode != Mode::Consensus || !m_store) {
        return false;
    }
    AssessmentOutcome outcome;
    outcome.candidateId = m_candidate;
    outcome.step = fromKey<PipelineStep>(m_outcomeStep->currentData().toString()).value_or(PipelineStep::Selection);
    outcome.passed = m_outcomeResult->currentData().toBool();
    outcome.note = m_outcomeNote->text();
    if (auto done = m_store->assessment().recordOutcome(outcome); !done.ok()) {
        MessageBox::critical(this, tr("Outcome not recorded"), done.message());
        return false;
    }
    m_outcomeNote->clear();
    showOutcomes();
    return true;
}

int ScoringFormView::ratingOf(const Row& row) const
{
    return row.rating->currentData().toInt();
}

void ScoringFormView::showDescriptor(const Row& row)
{
    const int rating = ratingOf(row);
    QString text;
    for (const ScaleLevel& level : m_form.scale) {
        if (level.rating == rating && m_form.criterion(row.key) &&
            m_form.criterion(row.key)->kind != CriterionKind::Hard) {
            text = level.descriptor;
        }
    }
    row.descriptor->setText(text);
}

void ScoringFormView::updateProgress()
{
    if (m_mode == Mode::None) {
        m_progress->clear();
        return;
    }
    const int rated =
        int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row& r) { return ratingOf(r) >= 0; }));
    m_progress->setText(m_form.progressText(rated));
}

bool ScoringFormView::saveDraft()
{
    if (m_mode != Mode::Reviewer && m_mode != Mode::Consensus) {
        return false;
    }
    bool wrote = false;
    for (const Row& row : std::as_const(m_rows)) {
        const int rating = ratingOf(row);
        const QString evidence = row.evidence ? row.evidence->text() : QString();
        if (rating == row.storedRating && row.comment->text() == row.storedComment && evidence == row.storedEvidence) {
            continue;
        }
        Status done = Status::success();
        if (m_mode == Mode::Reviewer && rating < 0 && row.storedRating >= 0) {
            // "Not rated" over a saved rating clears it, if it is still the one shown; a
            // comment or evidence changed with it is saved after.
            Score asRead;
            for (const Score& s : m_review->scores().ok() ? m_review->scores().value() : QList<Score>()) {
                if (s.candidateId == m_candidate && s.round == round() && s.criterionKey == row.key) {
                    asRead = s;
                }
            }
            asRead.meta.rowVersion = row.storedVersion;
            auto cleared = ReviewerWork::clearRating(*m_store, *m_review, asRead);
            done = cleared.ok() ? Status::success() : Status(cleared.error());
            if (done.ok() && (row.comment->text() != row.storedComment || evidence != row.storedEvidence)) {
                auto saved = ReviewerWork::saveDraft(*m_store, *m_review, m_candidate, round(), row.key, std::nullopt,
                                                     row.comment->text(), evidence);
                done = saved.ok() ? Status::success() : Status(saved.error());
            }
        } else if (m_mode == Mode::Reviewer) {
            auto saved = ReviewerWork::saveDraft(*m_store, *m_review, m_candidate, round(), row.key,
                                                 rating >= 0 ? std::optional<int>(rating) : std::nullopt,
                                                 row.comment->text(), evidence);
            done = saved.ok() ? Status::success() : Status(saved.error());
        } else if (rating >= 0) {
            // Over the consensus the form showed (or none): refused when it changed since.
            done = m_store->assessment().recordConsensusAsRead(
                {m_candidate, row.key, m_form.profileVersion, rating, row.comment->text(), {}, {}, round()},
                row.storedAt);
        } else if (row.storedRating >= 0) {
            // "Not rated" over a recorded consensus clears it, if it is still what was shown.
            ConsensusRating asRead;
            asRead.candidateId = m_candidate;
            asRead.criterionKey = row.key;
            asRead.round = round();
            asRead.recordedAt = row.storedAt;
            done = m_store->assessment().clearConsensus(asRead);
        }
        if (!done.ok()) {
            MessageBox::critical(this, tr("Not saved"), done.message());
            rebuild();
            return false;
        }
        wrote = true;
    }
    rebuild();
    if (wrote) {
    }
    return true;
}

bool ScoringFormView::submit()
{
    if (m_mode != Mode::Reviewer || !saveDraft()) {
        return false;
    }
    if (auto done = ReviewerWork::submit(*m_store, *m_review, m_candidate, round()); !done.ok()) {
        MessageBox::critical(this, tr("Not submitted"), done.message());
        return false;
    }
    rebuild();
    return true;
}

void ScoringFormView::declareConflict()
{
    if (m_mode != Mode::Reviewer) {
        return;
    }
    const auto reason = MessageBox::text(this, tr("Declare a conflict of interest"),
                                         tr("What makes you unable to judge this candidate fairly?"));
    if (!reason) {
        return;
    }
    if (auto done = ReviewerWork::declareConflict(*m_store, *m_review, m_candidate, *reason); !done.ok()) {
        MessageBox::critical(this, tr("Conflict not declared"), done.message());
        return;
    }
    rebuild();
}
