// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoresGridView.h"

#include "assessment/AssessmentRound.h"
#include "assessment/ScoresGridModel.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ScoresTable::ScoresTable(QWidget* parent)
    : QTableView(parent)
{
    // Typing replaces the cell at once, as in a spreadsheet; no editor opens for a digit.
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setTabKeyNavigation(true);
}

void ScoresTable::keyPressEvent(QKeyEvent* event)
{
    auto* grid = qobject_cast<ScoresGridModel*>(model());
    const QModelIndex at = currentIndex();
    if (grid && event->matches(QKeySequence::Paste)) {
        emit told(grid->paste(at, QApplication::clipboard()->text()));
        return;
    }
    if (grid && at.isValid() && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        // Empties the selected cells (or the current one), as a spreadsheet does: what was
        // typed goes, a stored rating is cleared at Save; all of them or, when one may not
        // be emptied, none.
        QModelIndexList cells = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
        if (cells.isEmpty()) {
            cells.append(at);
        }
        for (const QModelIndex& cell : std::as_const(cells)) {
            if (const QString problem = grid->problemWithClearing(cell); !problem.isEmpty()) {
                emit told(problem);
                return;
            }
        }
        for (const QModelIndex& cell : std::as_const(cells)) {
            grid->setData(cell, QString());
        }
        emit told(QString());
        return;
    }
    const QString text = event->text();
    if (grid && at.isValid() && text.size() == 1 && text.at(0).isDigit()) {
        if (const QString problem = grid->problemWith(at, text); !problem.isEmpty()) {
            emit told(problem);
            return;
        }
        grid->setData(at, text);
        emit told(QString());
        // On to the next criterion, then the next candidate's first: a sheet is typed row by row.
        const bool lastColumn = at.column() + 1 >= grid->columnCount();
        const QModelIndex next = lastColumn ? grid->index(at.row() + 1, 0) : grid->index(at.row(), at.column() + 1);
        if (next.isValid()) {
            setCurrentIndex(next);
        }
        return;
    }
    QTableView::keyPressEvent(event);
}

ScoresGridView::ScoresGridView(QWidget* parent)
    : WorkshopView(parent)
    , m_model(new ScoresGridModel(this))
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("scoresGridHeading"));
    m_heading->setWordWrap(true);
    // A grid rates one round at a time: Stage 1 the workshop's applicants, Stages 2 and 3
    // those holding its seats, each round with its own form, drafts and consensus.
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("scoresGridRound"));
    m_round->setAccessibleName(tr("Assessment round of the grid"));
    for (PipelineStep step : AssessmentRound::all()) {
        m_round->addItem(labelOf(step), keyOf(step));
    }
    auto* roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_round);
    m_table = new ScoresTable(this);
    m_table->setObjectName(QStringLiteral("scoresGrid"));
    m_table->setAccessibleName(tr("Ratings of the workshop's candidates, a row per candidate and a column per "
                                  "criterion"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scoresGridStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What the grid says"));
    m_save = new QPushButton(tr("&Save Ratings"), this);
    m_save->setObjectName(QStringLiteral("saveScoresGrid"));
    m_revert = new QPushButton(tr("&Undo Typing"), this);
    m_revert->setObjectName(QStringLiteral("revertScoresGrid"));
    connect(m_save, &QPushButton::clicked, this, [this]() { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this]() { revert(); });
    connect(m_table, &ScoresTable::told, this, [this](const QString& message) {
        m_status->setText(message);
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() { updateButtons(); });
    connect(m_round, &QComboBox::currentIndexChanged, this, [this]() {
        const auto chosen = fromKey<PipelineStep>(m_round->currentData().toString());
        if (!chosen || *chosen == m_model->round()) {
            return;
        }
        if (!settleUnsavedChanges()) {
            // The ratings typed stay, in the round they were typed in.
            const QSignalBlocker quiet(m_round);
            m_round->setCurrentIndex(std::max(0, m_round->findData(keyOf(m_model->round()))));
            return;
        }
        m_model->setRound(*chosen);
        m_status->setText(QString());
        m_model->load(store(), m_review, workshop());
        reload();
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(roundLabel);
    top->addWidget(m_round);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ScoresGridView::setReviewFile(ReviewFile* review)
{
    if (review == m_review) {
        return;
    }
    m_review = review;
    m_model->load(store(), m_review, workshop());
    reload();
}

PipelineStep ScoresGridView::round() const
{
    return m_model->round();
}

void ScoresGridView::setRound(PipelineStep round)
{
    m_round->setCurrentIndex(std::max(0, m_round->findData(keyOf(round))));
}

void ScoresGridView::reload()
{
    if (m_model->hasPendingChanges()) {
        return;  // a refresh must not throw away what is being typed; Save reads afresh
    }
    m_model->load(store(), m_review, workshop());
    switch (m_model->mode()) {
    case ScoresGridModel::Mode::Reviewer:
        m_heading->setText(tr("Your ratings of the candidates assigned to you, saved as drafts in your review file. "
                              "Type 0–4 in a cell (hard requirements 0 or 1), Delete to empty it, paste a block from a "
                              "spreadsheet, then Save Ratings; submit each form from the candidate's Assessment tab."));
        break;
    case ScoresGridModel::Mode::Consensus:
        m_heading->setText(tr("The consensus ratings of the workshop's candidates. Type 0–4 in a cell (hard "
                              "requirements 0 or 1), Delete to empty it, paste a block from a spreadsheet, then "
                              "Save Ratings; a cell's tooltip gives the level's descriptor."));
        break;
    case ScoresGridModel::Mode::ReadOnly:
        m_heading->setText(tr("The consensus ratings; you may read them here, not change them."));
        break;
    case ScoresGridModel::Mode::None:
        m_heading->setText(tr("Choose a workshop above to rate its candidates."));
        break;
    }
    if (m_model->mode() != ScoresGridModel::Mode::None && m_model->rowCount() == 0) {
        m_status->setText(m_model->mode() == ScoresGridModel::Mode::Reviewer
                              ? tr("No candidate of this workshop is assigned to you; the officer assigns them in "
                                   "the Reviewers tab.")
                          : m_model->round() == PipelineStep::Selection
                              ? tr("This workshop has no applicants yet.")
                              : tr("No candidate holds a seat of this workshop yet; %1 rates those who do "
                                   "(Workshops tab).")
                                    .arg(labelOf(m_model->round())));
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

bool ScoresGridView::save()
{
    const int count = m_model->pendingCount();
    const ScoreBatchReport report = m_model->save();
    if (!report.ok()) {
        QStringList lines;
        for (const ScoreSheetProblem& problem : report.problems) {
            lines.append(tr("Row %1: %2").arg(problem.row).arg(problem.message));
        }
        if (!report.status.ok() && report.problems.isEmpty()) {
            lines.append(report.status.message());
        }
        m_status->setText(tr("Nothing was saved. %1").arg(lines.join(QLatin1Char(' '))));
        updateButtons();
        return false;
    }
    m_status->setText(tr("%n rating(s) saved.", nullptr, count));
    reload();
    return true;
}

void ScoresGridView::revert()
{
    m_model->load(store(), m_review, workshop());
    m_status->setText(QString());
    reload();
}

bool ScoresGridView::settleUnsavedChanges()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    switch (MessageBox::askToSave(this, tr("the ratings typed in the Scores Grid"))) {
    case MessageBox::UnsavedChoice::Save:
        return save();
    case MessageBox::UnsavedChoice::Discard:
        revert();
        return true;
    case MessageBox::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

bool ScoresGridView::hasUnsavedChanges() const
{
    return m_model->hasPendingChanges();
}

void ScoresGridView::updateButtons()
{
    const bool pending = m_model->hasPendingChanges();
    m_save->setEnabled(pending);
    m_revert->setEnabled(pending);
    m_save->setText(pending ? tr("&Save %n Rating(s)", nullptr, m_model->pendingCount()) : tr("&Save Ratings"));
}
