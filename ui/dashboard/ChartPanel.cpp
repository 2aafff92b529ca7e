// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/ChartPanel.h"

#include "widgets/ReadOnlyTable.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& name, const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Panel"));
    m_view = new QChartView(this);
    m_view->setObjectName(name + QStringLiteral("Chart"));
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(tr("The same figures are in the Table tab."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_table = readOnlyTable(this, name + QStringLiteral("Table"), tr("%1, as a table").arg(title), {});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(name + QStringLiteral("Tabs"));
    m_tabs->setAccessibleName(tr("%1: chart or table").arg(title));
    m_tabs->addTab(m_view, tr("Chart"));
    m_tabs->addTab(m_table, tr("Table"));
    m_png = new QPushButton(tr("Export PNG…"), this);
    m_png->setObjectName(name + QStringLiteral("ExportPng"));
    m_png->setAccessibleName(tr("Export %1 as a PNG image").arg(title));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(name + QStringLiteral("ExportPdf"));
    m_pdf->setAccessibleName(tr("Export %1 as PDF").arg(title));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_png);
    buttons->addWidget(m_pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_png, &QPushButton::clicked, this, &ChartPanel::exportPng);
    connect(m_pdf, &QPushButton::clicked, this, &ChartPanel::exportPdf);
}

void ChartPanel::setContent(QChart* chart, const QStringList& headers, const QList<QStringList>& rows)
{
    QChart* old = m_view->chart();
    chart->setTitle(title());
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setChart(chart);  // the view owns the new chart; the old one is ours to delete
    delete old;
    showRows(m_table, headers, rows);
}

bool ChartPanel::exportPng()
{
    const QString path = FileDialog::exportFileName(this, tr("Export the Chart as PNG"),
                                                    QDir::home().filePath(m_name + QStringLiteral(".png")),
                                                    tr("PNG images (*.png)"), QStringLiteral(".png"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    const QImage image = m_view->grab().toImage();
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        MessageBox::critical(this, tr("Export failed"),
                             tr("Could not write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool ChartPanel::exportPdf()
{
    const QString path = FileDialog::exportFileName(this, tr("Export the Chart as PDF"),
                                                    QDir::home().filePath(m_name + QStringLiteral(".pdf")),
                                                    tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15)));
        QPainter painter;
        written = painter.begin(&writer);
        if (written) {
            // The chart scaled to the page, keeping its proportions.
            const QRect page = painter.viewport();
            QSize size = m_view->size();
            size.scale(page.size(), Qt::KeepAspectRatio);
            m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            written = painter.end();
        }
    }
    written = written && file.commit();
    if (!written) {
        MessageBox::critical(this, tr("Export failed"),
                             tr("Could not write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return written;
}
