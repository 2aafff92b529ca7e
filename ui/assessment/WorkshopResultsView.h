// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Results tab of a workshop: its Stage 2 results, a row per participant and criterion,
// with each assessor's rating, the mean, the consensus, the outcome and the decision, as
// Assessment::workshopResults() reads them for whoever looks (a reviewer still blind to a
// candidate sees their own ratings only). Printable from here. Only reads.

#include <QUuid>
#include "widgets/RecordView.h"

class QLabel;
class QTableWidget;
class QToolButton;

class WorkshopResultsView : public WorkshopView
{
    Q_OBJECT

public:
    explicit WorkshopResultsView(QWidget* parent = nullptr);

    /// Reads the results again.
    void reload() override;

    QTableWidget* table() const { return m_table; }
    QLabel* note() const { return m_note; }

private:
    QLabel* m_note;
    QToolButton* m_print;
    QTableWidget* m_table;
};
