// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Scores Grid tab of a workshop: its candidates × the criteria of their forms, typed like
// a spreadsheet (ScoresGridModel): a digit rates the cell and moves to the next, Delete or
// Backspace empties the selected cells (a stored rating is cleared at Save), arrows and Tab move, Paste takes a block
// copied from a spreadsheet (tab-separated), a cell's tooltip gives the level's descriptor. A reviewer with their
// review file open rates their own form; the officer records the consensus. Save writes every changed cell in one unit,
// or nothing.

#include "domain/Vocabulary.h"
#include "widgets/RecordView.h"

#include <QTableView>

class QComboBox;
class QLabel;
class QPushButton;
class ReviewFile;
class ScoresGridModel;

/// The grid itself: the keys a spreadsheet user expects.
class ScoresTable : public QTableView
{
    Q_OBJECT

public:
    explicit ScoresTable(QWidget* parent = nullptr);

signals:
    /// What the last key did not do, and why (empty: it was done).
    void told(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

class ScoresGridView : public WorkshopView
{
    Q_OBJECT

public:
    explicit ScoresGridView(QWidget* parent = nullptr);

    /// The reviewer's own review file (null for anyone else): their form is what the grid rates.
    void setReviewFile(ReviewFile* review);
    void reload() override;

    /// Writes every changed cell in one unit; false, saying why, when nothing was written.
    bool save();
    /// Drops what was typed and shows what is stored.
    void revert();
    bool hasUnsavedChanges() const;
    /// Asks what to do with ratings typed and not saved (Save, Discard, Cancel); false when
    /// they are kept unsaved (Cancel) or could not be saved.
    bool settleUnsavedChanges();

    /// The assessment round the grid rates; changing it asks first about unsaved ratings.
    PipelineStep round() const;
    void setRound(PipelineStep round);

    ScoresTable* table() const { return m_table; }
    QComboBox* roundChooser() const { return m_round; }
    ScoresGridModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }

private:
    void updateButtons();

    ReviewFile* m_review = nullptr;
    ScoresGridModel* m_model;
    QLabel* m_heading;
    QComboBox* m_round;
    ScoresTable* m_table;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
};
