// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoresGridView.h"

#include "assessment/ScoresGridModel.h"
#include "store/Store.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QClipboard>
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
        grid->setData(at, QString());
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
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
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

void ScoresGridView::reload()
{
    if (m_model->hasPendingChanges()) {
        return;  // a refresh must not throw away what is being typed; Save reads afresh
    }
    m_model->load(store(), m_review, workshop());
    switch (m_model->mode()) {
    case ScoresGridModel::Mode::Reviewer:
        m_heading->setText(tr("Your ratings of the candidates assigned to you, saved as drafts in your review file. "
                              "Type 0–4 in a cell (hard requirements 0 or 1), paste a block from a spreadsheet, "
                              "then Save Ratings; submit each form from the candidate's Assessment tab."));
        break;
    case ScoresGridModel::Mode::Consensus:
        m_heading->setText(tr("The consensus ratings of the workshop's candidates. Type 0–4 in a cell (hard "
                              "requirements 0 or 1), paste a block from a spreadsheet, then Save Ratings; a "
                              "cell's tooltip gives the level's descriptor."));
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
                              : tr("This workshop has no applicants yet."));
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
