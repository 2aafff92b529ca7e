// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "import/ApplicationImport.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

/// Every line a user needs to correct the file or judge the import; warnings and problems
/// go to stderr like every command's diagnostics.
void printReport(const ImportReport& report, QTextStream& err)
{
    for (const QString& column : report.missingColumns) {
        err << ImportCommand::tr("Required column \"%1\" is missing.").arg(column) << Qt::endl;
    }
    for (const QString& column : report.unknownColumns) {
        err << ImportCommand::tr("Column \"%1\" is not a candidate field; it was not read.").arg(column) << Qt::endl;
    }
    for (const QString& column : report.ignoredColumns) {
        err << ImportCommand::tr("Column \"%1\" is set by the application; it was not read.").arg(column) << Qt::endl;
    }
    for (const ImportProblem& problem : report.problems()) {
        if (problem.field.isEmpty()) {
            err << ImportCommand::tr("Row %1: %2").arg(QString::number(problem.row), problem.message) << Qt::endl;
        } else {
            err << ImportCommand::tr("Row %1, %2: %3").arg(QString::number(problem.row), problem.field, problem.message)
                << Qt::endl;
        }
    }
    // One line for each group of rows sharing something, however large the group.
    for (const ImportDuplicateGroup& group : report.duplicates) {
        err << ImportCommand::tr("Warning: %1.").arg(ApplicationImport::describe(group)) << Qt::endl;
    }
}

/// What became, or would become, of the possible duplicates: the choice made is said.
void printDuplicateChoices(const ImportReport& report, bool dryRun, QTextStream& out)
{
    if (const QList<int> skipped = report.skippedDuplicateRows(); !skipped.isEmpty()) {
        out << (dryRun ? ImportCommand::tr("Rows that would be skipped as possible duplicates: %1 (to import them all "
                                           "the same, add --duplicates import).")
                       : ImportCommand::tr("Rows skipped as possible duplicates: %1 (to import them all the same, run "
                                           "import again with --duplicates import)."))
                   .arg(ApplicationImport::rowRanges(skipped))
            << Qt::endl;
    }
    if (const QList<int> imported = report.importedDuplicateRows(); !imported.isEmpty()) {
        out << (dryRun ? ImportCommand::tr("Rows that would be imported although possible duplicates: %1.")
                       : ImportCommand::tr("Rows imported although possible duplicates: %1."))
                   .arg(ApplicationImport::rowRanges(imported))
            << Qt::endl;
    }
}

}  // namespace

ImportCommand::ImportCommand()
    : FileCommand(QStringLiteral("import"),
                  tr("Import applications from a CSV spreadsheet export (officers). Nothing is imported while a row is "
                     "invalid."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("{csv}")}});
}

void ImportCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CSV"),
                                 tr("The applications: UTF-8 CSV whose header names the keys of \"candidates "
                                    "--json\" (see the README)."));
    parser.addOption({QStringLiteral("skip-invalid"), tr("Import the valid rows and leave out the invalid ones.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but import nothing.")});
    parser.addOption({QStringLiteral("duplicates"),
                      tr("What to do with a row that may be someone already in the file or an earlier row: skip "
                         "(the default) or import."),
                      tr("skip|import")});
}

int ImportCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const QString duplicates = parser.value(QStringLiteral("duplicates")).toLower();
    if (parser.isSet(QStringLiteral("duplicates")) && duplicates != QLatin1String("skip") &&
        duplicates != QLatin1String("import")) {
        return usage(err, tr("--duplicates must be skip or import."));
    }
    return Success;
}

Store::Access ImportCommand::access(const QCommandLineParser& parser) const
{
    return parser.isSet(QStringLiteral("dry-run")) ? Store::Access::ReadOnly : Store::Access::Edit;
}

int ImportCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const QString duplicates = parser.value(QStringLiteral("duplicates")).toLower();
    auto report = ApplicationImport::read(parser.positionalArguments().at(1), &store);
    if (!report.ok()) {
        err << report.message() << Qt::endl;
        return Failure;
    }
    report.value().chooseForDuplicates(duplicates == QLatin1String("import") ? DuplicateChoice::Import
                                                                             : DuplicateChoice::Skip);
    printReport(report.value(), err);
    const int invalid = report.value().invalidRowCount();
    if (auto allowed = ApplicationImport::importable(report.value(), skipInvalid); !allowed.ok()) {
        err << allowed.message() << Qt::endl;
        return Failure;
    }
    if (dryRun) {
        out << tr("Dry run: %1 of %2 rows would be imported; nothing was written.")
                   .arg(QString::number(report.value().importedCandidates().size()),
                        QString::number(report.value().rows.size()))
            << Qt::endl;
        printDuplicateChoices(report.value(), true, out);
        return Success;
    }
    const auto imported = ApplicationImport::apply(store, report.value(), skipInvalid);
    if (!imported.ok()) {
        err << imported.message() << Qt::endl;
        return Failure;
    }
    out << tr("Candidates imported from %1: %2, at stage \"%3\".")
               .arg(report.value().sourceName, QString::number(imported.value().size()), labelOf(Stage::Applied))
        << Qt::endl;
    if (invalid > 0) {
        out << tr("Rows left out because of problems: %1.").arg(invalid) << Qt::endl;
    }
    printDuplicateChoices(report.value(), false, out);
    return Success;
}
