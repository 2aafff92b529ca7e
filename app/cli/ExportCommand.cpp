// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "ExportFile.h"
#include "ExportSources.h"
#include "KeyOption.h"
#include "Lookup.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString listKeys()
{
    QStringList keys;
    for (ExportedList list : ExportSources::all()) {
        keys.append(ExportSources::keyOf(list));
    }
    return keys.join(QStringLiteral(", "));
}

/// The format asked for, else the one the output's suffix names.
std::optional<ExportFormat> formatOf(const QCommandLineParser& parser)
{
    if (parser.isSet(u"format"_s)) {
        return ExportFile::formatOf(parser.value(u"format"_s));
    }
    return ExportFile::formatOf(QFileInfo(parser.value(u"output"_s)).suffix());
}

}  // namespace

ExportCommand::ExportCommand()
    : FileCommand(QStringLiteral("export"),
                  tr("Write one of the lists the window shows as a spreadsheet (XLSX) or CSV."),
                  Store::Access::ReadOnly)
{
    declarePositionals(2, 2);
    declareCreates(
        {{QStringLiteral("{file}"), QStringLiteral("pool"), QStringLiteral("-o"), QStringLiteral("{out}/pool.xlsx")},
         {QStringLiteral("{file}"), QStringLiteral("candidates"), QStringLiteral("-o"),
          QStringLiteral("{out}/candidates.csv")}});
}

void ExportCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("LIST"), tr("The list to export: %1.").arg(listKeys()));
    parser.addOption({{QStringLiteral("o"), u"output"_s}, tr("The file to write."), tr("OUT")});
    parser.addOption({u"format"_s,
                      tr("xlsx (a spreadsheet: dates and numbers typed) or csv (UTF-8); by default the output's "
                         "suffix."),
                      tr("FORMAT")});
    parser.addOption({u"workshop"_s,
                      tr("The workshop (id or words of its title): the ranking's or the participants'; "
                         "for candidates and to-inform, only those of this workshop."),
                      tr("W")});
    parser.addOption({u"candidate"_s, tr("history: only this candidate's (id or name)."), tr("CANDIDATE")});
    parser.addOption({u"search"_s,
                      tr("candidates: only those whose names, administration, nationality, e-mail or "
                         "position hold TEXT (accents and case ignored)."),
                      tr("TEXT")});
    parser.addOption({u"stage"_s, tr("candidates: only those at this stage (%1).").arg(keyList<Stage>()), tr("STAGE")});
    parser.addOption(
        {u"region"_s, tr("candidates: only those of this region (%1).").arg(keyList<Region>()), tr("REGION")});
    parser.addOption({u"not-informed"_s, tr("candidates: only those whose latest decision awaits being told.")});
    parser.addOption({u"archived"_s, tr("candidates: archived candidates too.")});
}

int ExportCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const QString key = parser.positionalArguments().value(1);
    const auto list = ExportSources::listOf(key);
    if (!list) {
        return usage(err, tr("There is no list \"%1\" to export; choose one of: %2.").arg(key, listKeys()));
    }
    if (parser.value(u"output"_s).isEmpty()) {
        return usage(err, tr("Give the file to write with -o OUT (e.g. -o %1.xlsx).").arg(key));
    }
    if (!formatOf(parser)) {
        return usage(err, parser.isSet(u"format"_s)
                              ? tr("--format must be xlsx or csv.")
                              : tr("Say which format to write with --format xlsx or --format csv (the output's "
                                   "name does not end in .xlsx or .csv)."));
    }
    if (ExportSources::needsWorkshop(*list) && !parser.isSet(u"workshop"_s)) {
        return usage(err, tr("The %1 list is a workshop's: name the workshop with --workshop W.").arg(key));
    }
    const bool candidateFilters = parser.isSet(u"search"_s) || parser.isSet(u"stage"_s) || parser.isSet(u"region"_s) ||
                                  parser.isSet(u"not-informed"_s) || parser.isSet(u"archived"_s);
    if (candidateFilters && *list != ExportedList::Candidates) {
        return usage(err, tr("--search, --stage, --region, --not-informed and --archived filter the candidates "
                             "list only."));
    }
    if (parser.isSet(u"workshop"_s) && !ExportSources::takesWorkshop(*list)) {
        return usage(err, tr("The %1 list is not a workshop's: leave out --workshop.").arg(key));
    }
    if (parser.isSet(u"candidate"_s) && *list != ExportedList::History) {
        return usage(err, tr("--candidate narrows the history only."));
    }
    if (parser.isSet(u"stage"_s) && !checkKeyOption<Stage>(parser, u"stage"_s, err)) {
        return UsageError;
    }
    if (parser.isSet(u"region"_s) && !checkKeyOption<Region>(parser, u"region"_s, err)) {
        return UsageError;
    }
    return Success;
}

int ExportCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure these are right.
    ExportRequest request;
    request.list = *ExportSources::listOf(parser.positionalArguments().value(1));
    if (parser.isSet(u"workshop"_s)) {
        const auto workshop = findWorkshop(store, parser.value(u"workshop"_s));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        request.workshopId = workshop.value().meta.id;
        request.filter.workshopId = workshop.value().meta.id;
    }
    if (parser.isSet(u"candidate"_s)) {
        const auto candidate = findCandidate(store, parser.value(u"candidate"_s));
        if (!candidate.ok()) {
            return fail(err, candidate.message());
        }
        request.candidateId = candidate.value().meta.id;
    }
    request.filter.text = parser.value(u"search"_s);
    if (parser.isSet(u"stage"_s)) {
        request.filter.stage = fromKey<Stage>(parser.value(u"stage"_s));
    }
    if (parser.isSet(u"region"_s)) {
        request.filter.region = fromKey<Region>(parser.value(u"region"_s));
    }
    request.filter.notYetInformed = parser.isSet(u"not-informed"_s);
    request.filter.includeArchived = parser.isSet(u"archived"_s);

    const auto table = ExportSources::read(store, request);
    if (!table.ok()) {
        return fail(err, table.message());
    }
    const QString output = parser.value(u"output"_s);
    const Status written = ExportFile::write(table.value(), *formatOf(parser), output);
    if (!written.ok()) {
        return fail(err, written.message());
    }
    out << tr("Wrote %Ln row(s) to %1.", nullptr, int(table.value().rows().size()))
               .arg(QDir::toNativeSeparators(output))
        << Qt::endl;
    return Success;
}
