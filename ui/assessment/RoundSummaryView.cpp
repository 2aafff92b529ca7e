// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/RoundSummaryView.h"

#include "assessment/RoundSummary.h"
#include "print/DocumentPrinter.h"
#include "PrintSource.h"
#include "store/Assessment.h"
#include "store/Store.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

void addRow(QTableWidget* table, const QString& label, const SummaryCounts& counts, bool bold)
{
    const QLocale locale;
    const int row = table->rowCount();
    table->setRowCount(row + 1);
    const QList<int> values = {counts.applied, counts.selected, counts.passed, counts.accredited};
    for (int column = 0; column <= values.size(); ++column) {
        auto* item = new QTableWidgetItem(column == 0 ? label : locale.toString(values.at(column - 1)));
        item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setItem(row, column, item);
    }
}

}  // namespace

RoundSummaryView::RoundSummaryView(QWidget* parent)
    : WorkshopView(parent)
{
    setObjectName(QStringLiteral("roundSummary"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("summaryScope"));
    m_scope->setWordWrap(true);
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("summaryBreakdown"));
    m_breakdown->setAccessibleName(tr("Breakdown of the summary"));
    for (SummaryDimension d : RoundSummary::dimensions()) {
        m_breakdown->addItem(RoundSummary::headingOf(d), RoundSummary::keyOf(d));
    }
    auto* breakdownLabel = new QLabel(tr("&Breakdown:"), this);
    breakdownLabel->setBuddy(m_breakdown);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &RoundSummaryView::reload);
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printSummary"));
    m_print->setText(tr("Print Summary"));
    m_print->setAccessibleName(tr("Print the round summary with every breakdown"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMenu(DocumentPrinter::menu(
        this, tr("Round Summary"), QStringLiteral("summary"),
        [this]() -> Result<PrintedDocument> {
            if (!store()) {
                return Result<PrintedDocument>::failure(ErrorCode::NotFound, tr("Open a file first."));
            }
            return PrintSource(*store()).roundSummary(workshop());
        },
        tr("round-summary.pdf")));
    m_table = readOnlyTable(this, QStringLiteral("summaryTable"), tr("Round summary"), {});
    // Four counts side by side read best as columns of one width, not the last one stretched.
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    top->addWidget(breakdownLabel);
    top->addWidget(m_breakdown);
    top->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    reload();
}

void RoundSummaryView::reload()
{
    m_table->setRowCount(0);
    m_print->setEnabled(store() != nullptr);
    const SummaryDimension dimension =
        RoundSummary::dimensionFromKey(m_breakdown->currentData().toString()).value_or(SummaryDimension::Region);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {RoundSummary::labelOf(dimension), tr("Applied"), tr("Selected"), tr("Passed the workshop"), tr("Accredited")});
    if (!store()) {
        m_scope->clear();
        return;
    }
    const auto read = store()->assessment().roundSummary(workshop());
    if (!read.ok()) {
        m_scope->setText(read.message());
        return;
    }
    const RoundSummary& s = read.value();
    m_scope->setText(
        tr("%1. Each candidate counts once, for how far they went by the decisions that stand.").arg(s.scopeText()));
    addRow(m_table, tr("All"), s.totals, true);
    for (const SummaryGroup& g : s.groups(dimension)) {
        addRow(m_table, g.label, g.counts, false);
    }
    m_table->resizeColumnsToContents();
    int widest = 0;
    for (int column = 1; column < m_table->columnCount(); ++column) {
        widest = std::max(widest, m_table->columnWidth(column));
    }
    for (int column = 1; column < m_table->columnCount(); ++column) {
        m_table->setColumnWidth(column, widest);
    }
}
