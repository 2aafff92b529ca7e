// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Dashboard area: the pipeline funnel of each workshop, the pool by region and state,
// the weeks each advisor used of their commitment, and the pool's size over time; each a
// chart and the same figures as a table, exportable as PNG or PDF.

#include "widgets/FilePage.h"

class ChartPanel;
class QGridLayout;
class QLabel;
class Store;

class DashboardPage : public FilePage
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    /// Draws the charts again from the file.
    void reload() override;

    ChartPanel* funnel() const { return m_funnel; }
    ChartPanel* poolByRegion() const { return m_byRegion; }
    ChartPanel* weeks() const { return m_weeks; }
    ChartPanel* poolOverTime() const { return m_overTime; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Two panels a row where they have room, one under the other otherwise (so that a
    /// chart's legend is not cut to "Candid…").
    void arrangePanels();
    void showFunnel(Store& store);
    void showPool(Store& store);

    ChartPanel* m_funnel;
    ChartPanel* m_byRegion;
    ChartPanel* m_weeks;
    ChartPanel* m_overTime;
    QLabel* m_summary;
    QGridLayout* m_grid;
    int m_columns = 0;
};
