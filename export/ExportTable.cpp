// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTable.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

// A column wider than this wraps in nobody's interest: long texts (an IPR experience, a
// reason) stay readable in the cell's own editor.
constexpr int kWidestColumn = 60;
constexpr int kNarrowestColumn = 6;
// Enough rows to judge a column's width by; a list of ten thousand need not be measured whole.
constexpr int kRowsMeasured = 500;

}  // namespace

ExportTable::ExportTable(QString title)
    : m_title(std::move(title))
{
}

void ExportTable::addColumn(const QString& title, CellKind kind)
{
    m_columns.append({title, kind});
}

void ExportTable::addRow(QVariantList cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

bool ExportTable::isEmpty(int row, int column) const
{
    const QVariant& value = m_rows.at(row).at(column);
    switch (m_columns.at(column).kind) {
    case CellKind::Date:
        return !value.toDate().isValid();
    case CellKind::DateTime:
        return !value.toDateTime().isValid();
    case CellKind::Text:
        return value.toString().isEmpty();
    case CellKind::Integer:
    case CellKind::Number:
        return value.isNull() || !value.isValid();
    }
    return true;
}

QString ExportTable::text(int row, int column) const
{
    if (isEmpty(row, column)) {
        return {};
    }
    const QVariant& value = m_rows.at(row).at(column);
    switch (m_columns.at(column).kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Integer:
        return QString::number(value.toLongLong());
    case CellKind::Number:
        return QLocale::c().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case CellKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case CellKind::DateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

int ExportTable::width(int column) const
{
    qsizetype widest = m_columns.at(column).title.size();
    const int measured = int(std::min<qsizetype>(m_rows.size(), kRowsMeasured));
    for (int row = 0; row < measured; ++row) {
        widest = std::max(widest, text(row, column).size());
    }
    return std::clamp(int(widest) + 2, kNarrowestColumn, kWidestColumn);
}
