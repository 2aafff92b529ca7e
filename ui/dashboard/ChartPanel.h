// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chart of the dashboard with the same figures as a table (what a screen reader and
// the keyboard reach), and export of the chart as PNG or PDF.

#include <QGroupBox>

class QChart;
class QChartView;
class QPushButton;
class QTabWidget;
class QTableWidget;

class ChartPanel : public QGroupBox
{
    Q_OBJECT

public:
    /// `name` prefixes the object names of its parts ("funnel" -> "funnelChart", "funnelTable").
    ChartPanel(const QString& name, const QString& title, QWidget* parent = nullptr);

    /// Shows `chart` (the panel takes it) and the table of the same figures.
    void setContent(QChart* chart, const QStringList& headers, const QList<QStringList>& rows);
    QChartView* chartView() const { return m_view; }
    QTableWidget* table() const { return m_table; }

public slots:
    /// Asks where to, then writes the chart as a PNG image; false when cancelled or failed.
    bool exportPng();
    /// Asks where to, then writes the chart as a one-page PDF.
    bool exportPdf();

private:
    QString m_name;
    QTabWidget* m_tabs;
    QChartView* m_view;
    QTableWidget* m_table;
    QPushButton* m_png;
    QPushButton* m_pdf;
};
