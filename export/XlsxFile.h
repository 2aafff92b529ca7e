// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An exported list as an Excel workbook (libxlsxwriter): one sheet named after the list, a
// bold header row that stays in view (frozen with the table's frozen columns) and filters,
// columns as wide as their contents, and typed cells: numbers as numbers, dates as dates
// (yyyy-mm-dd), times as date and time. Texts are written as texts, never as formulas.

#include "ExportTable.h"
#include "Result.h"

#include <QCoreApplication>

class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    /// Writes `table` to `path` whole or not at all (a file already there is replaced only
    /// once the new one is complete).
    static Status write(const ExportTable& table, const QString& path);
    /// The sheet name a title makes: without the characters Excel forbids, at most 31.
    static QString sheetName(const QString& title);
};
