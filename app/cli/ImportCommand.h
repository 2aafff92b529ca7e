#pragma once
// `import FILE CSV [--skip-invalid] [--dry-run] [--duplicates skip|import]`: adds the
// applications of a spreadsheet export (ApplicationImport) in one unit of work, after
// reporting every bad row and field, unknown columns and possible duplicates (one warning
// per group of rows sharing something). Nothing is imported while a row is invalid, unless
// --skip-invalid; a possible duplicate is skipped unless --duplicates import.

#include "Command.h"

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
