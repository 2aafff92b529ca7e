// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where an exported list goes: a spreadsheet (XLSX) or CSV, written whole or not at all.

#include "ExportTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <optional>

enum class ExportFormat { Xlsx, Csv };

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    /// "xlsx" or "csv" (case ignored), as the command line and file names say it.
    static std::optional<ExportFormat> formatOf(const QString& key);
    static QString keyOf(ExportFormat format);

    /// Writes `table` to `path` in `format`.
    static Status write(const ExportTable& table, ExportFormat format, const QString& path);
    /// Writes `bytes` to `path` through a file beside it that replaces `path` only when
    /// complete: a full disk or a failing share leaves what was there.
    static Status writeWhole(const QString& path, const QByteArray& bytes);
};
