// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who reviews whom in a workshop, for the officer: its candidates down, the reviewers
// across, a tick where a reviewer is assigned. A reviewer of the candidate's own
// administration is flagged and assigned only with a reason; a declared conflict cannot
// be ticked. "Spread Evenly" fills the table within a per-reviewer limit.

#include <QUuid>
#include "widgets/RecordView.h"

#include "domain/Vocabulary.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

class AssignmentView : public WorkshopView
{
    Q_OBJECT

public:
    explicit AssignmentView(QWidget* parent = nullptr);

    void reload() override;
    QTableWidget* table() const { return m_table; }

    /// Assigns or unassigns the reviewer of `column` to the candidate of `row` (asking why
    /// when the reviewer has a conflict of interest).
    void toggle(int row, int column);
    void spreadEvenly();
    /// The assessment round whose assignments the table shows and changes.
    PipelineStep round() const;

private:
    QList<QUuid> m_candidates;
    QList<QUuid> m_reviewers;
    QLabel* m_note;
    QTableWidget* m_table;
    QComboBox* m_round;
    QSpinBox* m_limit;
    QSpinBox* m_perCandidate;
    QPushButton* m_spread;
    bool m_filling = false;
};
