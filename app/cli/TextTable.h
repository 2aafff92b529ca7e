// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain-text columns for the terminal, padded by what a person sees (not by bytes), so
// that "Élodie" lines up with "Sato".

#include <QStringList>

class QTextStream;

class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};
