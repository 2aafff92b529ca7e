// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An exported list as CSV: UTF-8 with a byte-order mark (so that Excel does not read it as
// the machine's old code page), comma separated, CR LF line ends, the header row first,
// fields quoted when they hold a comma, a quote or a line break. A text cell that a
// spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage return)
// gets a leading apostrophe: a candidate's name must never run as a formula on the officer's
// machine. Numbers and dates are ours and are written as they are.

#include "ExportTable.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    /// The whole file's bytes.
    static QByteArray bytes(const ExportTable& table);
    /// Writes `table` to `path` whole or not at all (a file already there is replaced only
    /// once the new one is complete).
    static Status write(const ExportTable& table, const QString& path);
    /// `text` as a spreadsheet must show it, never evaluate it.
    static QString neutralised(const QString& text);
};
