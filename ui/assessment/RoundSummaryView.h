// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Summary tab of the Workshops area: how many applied, were selected, passed the
// workshop and were accredited, in all and by region, gender or administration, of the
// workshop chosen above or, with "All workshops", of every candidate of the file
// (Assessment::roundSummary()). Printable from here, with every breakdown. Only reads.

#include <QUuid>
#include "widgets/RecordView.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;

class RoundSummaryView : public WorkshopView
{
    Q_OBJECT

public:
    explicit RoundSummaryView(QWidget* parent = nullptr);

    /// Reads the summary again.
    void reload() override;

    QTableWidget* table() const { return m_table; }
    QComboBox* breakdown() const { return m_breakdown; }
    QLabel* scope() const { return m_scope; }

private:
    QLabel* m_scope;
    QComboBox* m_breakdown;
    QToolButton* m_print;
    QTableWidget* m_table;
};
