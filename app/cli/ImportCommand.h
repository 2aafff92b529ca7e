// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `import FILE CSV [--skip-invalid] [--dry-run] [--duplicates skip|import]`: adds the
// applications of a spreadsheet export (ApplicationImport) in one unit of work, after
// reporting every bad row and field, unknown columns and possible duplicates (one warning
// per group of rows sharing something). Nothing is imported while a row is invalid, unless
// --skip-invalid; a possible duplicate is skipped unless --duplicates import.

#include "FileCommand.h"

class ImportCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
