// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/AssignmentView.h"

#include "assessment/AssessmentRecords.h"
#include "assessment/AssessmentRound.h"
#include "domain/Candidate.h"
#include "widgets/MessageBox.h"
#include "domain/Person.h"
#include "domain/Pipeline.h"
#include "assessment/ReviewRules.h"
#include "domain/Score.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/Assessment.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Cell { Free = 0, Assigned = 1, Conflict = 2, Declared = 3 };
constexpr int kCellRole = Qt::UserRole;

}  // namespace

AssignmentView::AssignmentView(QWidget* parent)
    : WorkshopView(parent)
{
    setObjectName(QStringLiteral("assignmentView"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("assignmentTable"));
    m_table->setAccessibleName(tr("Reviewers assigned to candidates"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setToolTip(tr("Space or double-click assigns or unassigns the reviewer."));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AssignmentView::toggle);
    // Space on a cell ticks it: every change of a tick is one assignment made or removed.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling) {
            toggle(item->row(), item->column());
        }
    });
    // Each round has its own reviewers: Stage 1 on the application, Stage 2 at the workshop,
    // Stage 3 in the activities.
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("assignmentRound"));
    m_round->setAccessibleName(tr("Assessment round of the assignments"));
    for (PipelineStep step : AssessmentRound::all()) {
        m_round->addItem(labelOf(step), keyOf(step));
    }
    connect(m_round, &QComboBox::currentIndexChanged, this, &AssignmentView::reload);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("perReviewerLimit"));
    m_limit->setAccessibleName(tr("Candidates per reviewer at most"));
    m_limit->setRange(1, 50);
    m_limit->setValue(5);
    m_perCandidate = new QSpinBox(this);
    m_perCandidate->setObjectName(QStringLiteral("reviewersPerCandidate"));
    m_perCandidate->setAccessibleName(tr("Reviewers per candidate"));
    m_perCandidate->setRange(1, 10);
    m_perCandidate->setValue(2);
    m_spread = new QPushButton(tr("&Spread Evenly"), this);
    m_spread->setObjectName(QStringLiteral("spreadButton"));
    m_spread->setAccessibleName(tr("Spread the reviewers evenly"));
    connect(m_spread, &QPushButton::clicked, this, &AssignmentView::spreadEvenly);
    auto* controls = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("R&ound:"), m_round);
    form->addRow(tr("At most &per reviewer:"), m_limit);
    form->addRow(tr("&Reviewers per candidate:"), m_perCandidate);
    controls->addLayout(form);
    controls->addWidget(m_spread, 0, Qt::AlignBottom);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(controls);
    reload();
}

PipelineStep AssignmentView::round() const
{
    return fromKey<PipelineStep>(m_round->currentData().toString()).value_or(PipelineStep::Selection);
}

void AssignmentView::reload()
{
    m_filling = true;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_candidates.clear();
    m_reviewers.clear();
    const bool canWrite = store() && !store()->isReadOnly() && store()->role() == PersonRole::Officer;
    m_spread->setEnabled(canWrite && !workshop().isNull());
    if (!store() || workshop().isNull()) {
        m_note->setText(tr("Choose a workshop to assign reviewers to its candidates."));
        m_filling = false;
        return;
    }
    const auto cards = store()->decisions().cards(workshop());
    const auto people = store()->people().all();
    const auto assignments = store()->assessment().assignments();
    const auto declared = store()->assessment().conflictDeclarations();
    const auto scores = store()->assessment().scores();
    if (!cards.ok() || !people.ok() || !assignments.ok() || !declared.ok() || !scores.ok()) {
        m_note->setText(tr("Could not read the assignments."));
        m_filling = false;
        return;
    }
    QList<Person> reviewers;
    for (const Person& p : people.value()) {
        if (p.role == PersonRole::Reviewer) {
            reviewers.append(p);
            m_reviewers.append(p.meta.id);
        }
    }
    m_note->setText(reviewers.isEmpty()
                        ? tr("No reviewer is recorded in the file; record reviewers under File > People.")
                        : tr("A tick assigns a reviewer. ⚠ marks a reviewer of the candidate's own administration "
                             "(assigned only with a reason); ✖ a conflict the reviewer declared; ✔ scores "
                             "submitted."));
    m_table->setColumnCount(int(reviewers.size()));
    QStringList headers;
    for (const Person& p : reviewers) {
        headers.append(p.administration.isEmpty() ? p.name : tr("%1\n%2").arg(p.name, p.administration));
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(cards.value().size()));
    QStringList rows;
    for (int r = 0; r < cards.value().size(); ++r) {
        const PipelineCard& card = cards.value().at(r);
        m_candidates.append(card.candidateId);
        rows.append(tr("%1 (%2)").arg(card.name, card.administration));
        const auto candidate = store()->candidates().byId(card.candidateId);
        for (int c = 0; c < reviewers.size(); ++c) {
            const Person& reviewer = reviewers.at(c);
            auto* item = new QTableWidgetItem;
            const auto assignment = std::find_if(
                assignments.value().cbegin(), assignments.value().cend(), [&](const ReviewerAssignment& a) {
                    return a.candidateId == card.candidateId && a.reviewerId == reviewer.meta.id && a.round == round();
                });
            const bool isAssigned = assignment != assignments.value().cend();
            const bool declaredConflict =
                std::any_of(declared.value().cbegin(), declared.value().cend(), [&](const ConflictDeclaration& d) {
                    return d.candidateId == card.candidateId && d.reviewerId == reviewer.meta.id;
                });
            const bool sameAdministration =
                candidate.ok() && ReviewRules::sameAdministration(reviewer, candidate.value());
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            QString text;
            if (declaredConflict) {
                item->setData(kCellRole, Declared);
                text = tr("✖ conflict declared");
                item->setToolTip(tr("%1 declared a conflict of interest about this candidate.").arg(reviewer.name));
            } else {
                flags |= canWrite ? Qt::ItemIsUserCheckable : Qt::NoItemFlags;
                item->setCheckState(isAssigned ? Qt::Checked : Qt::Unchecked);
                item->setData(kCellRole, sameAdministration && !isAssigned ? Conflict : isAssigned ? Assigned : Free);
                if (sameAdministration) {
                    text = tr("⚠ same administration");
                    item->setToolTip(isAssigned
                                         ? tr("Assigned despite the conflict: %1").arg(assignment->conflictReason)
                                         : tr("%1 is from the candidate's administration.").arg(reviewer.name));
                    item->setBackground(QColor(0xfd, 0xec, 0xc8));
                }
                if (isAssigned &&
                    ReviewRules::hasSubmitted(scores.value(), reviewer.meta.id, card.candidateId, round())) {
                    text = text.isEmpty() ? tr("✔ submitted") : text + tr(", ✔ submitted");
                }
            }
            item->setText(text);
            item->setFlags(flags);
            const QString spoken =
                tr("%1 reviews %2: %3").arg(reviewer.name, card.name, isAssigned ? tr("yes") : tr("no")) +
                (text.isEmpty() ? QString() : QString(QStringLiteral("; ") + text));
            item->setData(Qt::AccessibleTextRole, spoken);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filling = false;
}

void AssignmentView::toggle(int row, int column)
{
    if (!store() || row < 0 || column < 0 || row >= m_candidates.size() || column >= m_reviewers.size()) {
        return;
    }
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable)) {
        reload();
        return;
    }
    const QUuid candidate = m_candidates.at(row);
    const QUuid reviewer = m_reviewers.at(column);
    const auto current = store()->assessment().assignments(candidate);
    const bool assigned =
        current.ok() && std::any_of(current.value().cbegin(), current.value().cend(), [&](const ReviewerAssignment& a) {
            return a.reviewerId == reviewer && a.round == round();
        });
    Status done = Status::success();
    if (assigned) {
        done = store()->assessment().unassignReviewer(candidate, reviewer, round());
    } else {
        QString reason;
        if (item->data(kCellRole).toInt() == Conflict) {
            const auto given = MessageBox::text(this, tr("Conflict of interest"),
                                                tr("This reviewer is from the candidate's administration. Why may "
                                                   "they review the candidate?"));
            if (!given) {
                reload();
                return;
            }
            reason = *given;
        }
        done = store()->assessment().assignReviewer(candidate, reviewer, reason, round());
    }
    if (!done.ok()) {
        MessageBox::critical(this, tr("Assignment not changed"), done.message());
    }
    reload();
    m_table->setCurrentCell(row, column);
}

void AssignmentView::spreadEvenly()
{
    if (!store() || workshop().isNull()) {
        return;
    }
    const auto shortfalls =
        store()->assessment().spreadReviewers(workshop(), m_limit->value(), m_perCandidate->value(), round());
    if (!shortfalls.ok()) {
        MessageBox::critical(this, tr("Reviewers not spread"), shortfalls.message());
        return;
    }
    reload();
    if (!shortfalls.value().isEmpty()) {
        MessageBox::information(this, tr("Some candidates are short of reviewers"),
                                shortfalls.value().join(QLatin1Char('\n')));
    }
}
