// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AreaPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

AreaPage::AreaPage(const QString& objectName, const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()), this);
    auto* note = new QLabel(description, this);
    note->setObjectName(objectName + QStringLiteral("Note"));
    note->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

void AreaPage::setRows(const QStringList& headers, const QList<QStringList>& rows)
{
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
        }
    }
    m_table->resizeColumnsToContents();
}
