// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintCommand.h"

#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "Lookup.h"
#include "PaperOption.h"
#include "PdfOutput.h"
#include "PrintSource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

bool commandPrints(const QString& command)
{
    return command == QLatin1String("print") || command == QLatin1String("letters");
}

PrintCommand::PrintCommand()
    : FileCommand(QStringLiteral("print"),
                  tr("Write assessment sheets, a participant list, a workshop's results, the round summary or the "
                     "pool roster as a PDF file."),
                  Store::Access::ReadOnly)
{
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("--roster"), QStringLiteral("-o"),
                     QStringLiteral("{out}/roster.pdf")}});
}

void PrintCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("sheet"), tr("The assessment sheet of one candidate (id or name)."), tr("CANDIDATE")});
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("sheets"), tr("With --workshop: the sheets of every participant, each on a new "
                                                   "page.")});
    parser.addOption({QStringLiteral("participants"), tr("With --workshop: the participant list.")});
    parser.addOption({QStringLiteral("roster"), tr("The roster of the pool of accredited advisors.")});
    parser.addOption({QStringLiteral("results"), tr("With --workshop: the workshop's Stage 2 results.")});
    parser.addOption({QStringLiteral("summary"), tr("The round summary: of the whole file, or with --workshop of its "
                                                    "applicants.")});
    parser.addOption({QStringLiteral("blank"), tr("Blank sheets, for scoring by hand.")});
    parser.addOption({QStringLiteral("anonymous"), tr("A candidate code instead of the name, administration and "
                                                      "country.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("OUT.pdf")});
    addPaperOption(parser);
}

int PrintCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const bool sheet = parser.isSet(QStringLiteral("sheet"));
    const bool sheets = parser.isSet(QStringLiteral("sheets"));
    const bool participants = parser.isSet(QStringLiteral("participants"));
    const bool roster = parser.isSet(QStringLiteral("roster"));
    const bool results = parser.isSet(QStringLiteral("results"));
    const bool summary = parser.isSet(QStringLiteral("summary"));
    if (int(sheet) + int(sheets) + int(participants) + int(roster) + int(results) + int(summary) != 1) {
        return usage(err, tr("Say what to print: --sheet CANDIDATE, --workshop W --sheets, --workshop W "
                             "--participants, --workshop W --results, --summary or --roster (one of them)."));
    }
    if ((sheets || participants || results) && !parser.isSet(QStringLiteral("workshop"))) {
        return usage(err, tr("--sheets, --participants and --results need --workshop W."));
    }
    if ((parser.isSet(QStringLiteral("blank")) || parser.isSet(QStringLiteral("anonymous"))) && !sheet && !sheets) {
        return usage(err, tr("--blank and --anonymous apply to assessment sheets only."));
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        return usage(err, tr("Give the PDF file to write with -o OUT.pdf."));
    }
    const auto paper = paperOption(parser, err);
    if (!paper) {
        return UsageError;
    }
    return Success;
}

int PrintCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure these are right.
    const bool sheet = parser.isSet(QStringLiteral("sheet"));
    const bool sheets = parser.isSet(QStringLiteral("sheets"));
    const bool roster = parser.isSet(QStringLiteral("roster"));
    const QString output = parser.value(QStringLiteral("output"));
    const auto paper = paperOption(parser, err);
    PrintSource source(store);
    const SheetOptions options{parser.isSet(QStringLiteral("blank")), parser.isSet(QStringLiteral("anonymous"))};
    Result<PrintedDocument> document = Result<PrintedDocument>::failure(ErrorCode::Internal, QString());
    if (sheet) {
        const auto candidate = findCandidate(store, parser.value(QStringLiteral("sheet")));
        if (!candidate.ok()) {
            return fail(err, candidate.message());
        }
        document = source.candidateSheet(candidate.value().meta.id, options);
    } else if (roster) {
        document = source.poolRoster();
    } else if (parser.isSet(QStringLiteral("summary")) && !parser.isSet(QStringLiteral("workshop"))) {
        document = source.roundSummary();
    } else {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        const QUuid id = workshop.value().meta.id;
        if (parser.isSet(QStringLiteral("results"))) {
            document = source.workshopResults(id);
        } else if (parser.isSet(QStringLiteral("summary"))) {
            document = source.roundSummary(id);
        } else {
            document = sheets ? source.workshopSheets(id, options) : source.participantList(id);
        }
    }
    if (!document.ok()) {
        return fail(err, document.message());
    }
    const auto written = PdfOutput::write(document.value(), output, *paper);
    if (!written.ok()) {
        return fail(err, written.message());
    }
    out << tr("%1: %n page(s) written.", nullptr, written.value()).arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Success;
}
