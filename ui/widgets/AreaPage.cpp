// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AreaPage.h"

#include "widgets/ReadOnlyTable.h"
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
    m_table = readOnlyTable(this, objectName + QStringLiteral("Table"), title, {});
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

void AreaPage::setRows(const QStringList& headers, const QList<QStringList>& rows)
{
    showRows(m_table, headers, rows);
}
