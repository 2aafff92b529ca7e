// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <QTextStream>

TextTable::TextTable(QStringList headers)
{
    m_rows.append(std::move(headers));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream& out) const
{
    QList<int> widths;
    for (const auto& row : m_rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = qMax(widths.at(i), int(row.at(i).size()));
        }
    }
    for (const auto& row : m_rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        out << line << Qt::endl;
    }
}
