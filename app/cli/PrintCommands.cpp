// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintCommands.h"

#include "FileSettings.h"
#include "Decisions.h"
#include "Lookup.h"
#include "Candidate.h"
#include "Clock.h"
#include "LetterBatch.h"
#include "PdfOutput.h"
#include "PrintSource.h"
#include "Workshop.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
};

/// The paper of --paper, or this computer's setting; nullopt (after a usage message) when wrong.
std::optional<PrintSettings::Paper> paperOption(const QCommandLineParser& parser, QTextStream& err)
{
    if (!parser.isSet(QStringLiteral("paper"))) {
        return PrintSettings::paper();
    }
    const auto paper = PrintSettings::paperFromKey(parser.value(QStringLiteral("paper")));
    if (!paper) {
        err << PrintText::tr("--paper must be a4 or letter.") << Qt::endl;
    }
    return paper;
}

void addPaperOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("paper"),
                      PrintText::tr("Paper size: a4 or letter (default: this computer's setting, A4 unless changed)."),
                      PrintText::tr("SIZE")});
}

}  // namespace

bool commandPrints(const QString& command)
{
    return command == QLatin1String("print") || command == QLatin1String("letters");
}

// --- print --------------------------------------------------------------------------------

PrintCommand::PrintCommand()
    : FileCommand(QStringLiteral("print"),
                  tr("Write assessment sheets, a participant list or the pool roster as a PDF file."),
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
    if (int(sheet) + int(sheets) + int(participants) + int(roster) != 1) {
        return usage(err, tr("Say what to print: --sheet CANDIDATE, --workshop W --sheets, --workshop W "
                             "--participants or --roster (one of them)."));
    }
    if ((sheets || participants) && !parser.isSet(QStringLiteral("workshop"))) {
        return usage(err, tr("--sheets and --participants need --workshop W."));
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
    } else {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        document = sheets ? source.workshopSheets(workshop.value().meta.id, options)
                          : source.participantList(workshop.value().meta.id);
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

// --- letters ------------------------------------------------------------------------------

LettersCommand::LettersCommand()
    : FileCommand(QStringLiteral("letters"),
                  tr("Write the result letters of a workshop's decision as PDF, with e-mail drafts."),
                  Store::Access::Edit)
{
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                    QStringLiteral("--decision"), QStringLiteral("selected"), QStringLiteral("-o"),
                    QStringLiteral("{dir}/letters-{run}"), QStringLiteral("--record-informed")}});
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                     QStringLiteral("--decision"), QStringLiteral("selected"), QStringLiteral("-o"),
                     QStringLiteral("{out}/letters")}});
}

void LettersCommand::configureOptions(QCommandLineParser& parser)
{
    QStringList kinds;
    for (Stage s : LetterTemplate::decisions()) {
        kinds.append(keyOf(s));
    }
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("decision"),
                      tr("Whom to write to: the candidates standing at %1.").arg(kinds.join(QStringLiteral(", "))),
                      tr("KIND")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The folder to write the letters to (made when missing)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("language"),
                      tr("Write every letter in this language (en or fr) instead of each candidate's own."),
                      tr("LANG")});
    parser.addOption({QStringLiteral("record-informed"),
                      tr("Once every letter is written, record the candidates as informed by letter today "
                         "(officers).")});
    addPaperOption(parser);
}

int LettersCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const auto decision = fromKey<Stage>(parser.value(QStringLiteral("decision")));
    if (!decision || !LetterTemplate::decisions().contains(*decision)) {
        QStringList kinds;
        for (Stage s : LetterTemplate::decisions()) {
            kinds.append(keyOf(s));
        }
        return usage(err, tr("--decision must be one of: %1.").arg(kinds.join(QStringLiteral(", "))));
    }
    if (!parser.isSet(QStringLiteral("workshop"))) {
        return usage(err, tr("Give the workshop with --workshop W."));
    }
    const QString folder = parser.value(QStringLiteral("output"));
    if (folder.isEmpty()) {
        return usage(err, tr("Give the folder to write to with -o DIR."));
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty() && !LetterTemplate::languages().contains(language)) {
        return usage(err, tr("--language must be en or fr."));
    }
    const auto paper = paperOption(parser, err);
    if (!paper) {
        return UsageError;
    }
    return Success;
}

Store::Access LettersCommand::access(const QCommandLineParser& parser) const
{
    return parser.isSet(QStringLiteral("record-informed")) ? Store::Access::Edit : Store::Access::ReadOnly;
}

int LettersCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure these are right.
    const auto decision = fromKey<Stage>(parser.value(QStringLiteral("decision")));
    const QString folder = parser.value(QStringLiteral("output"));
    const QString language = parser.value(QStringLiteral("language"));
    const auto paper = paperOption(parser, err);
    const bool record = parser.isSet(QStringLiteral("record-informed"));
    if (record && store.isReadOnly()) {
        return fail(
            err,
            tr("The candidates cannot be recorded as informed: %1 No letter was written.").arg(store.readOnlyReason()));
    }
    const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
    if (!workshop.ok()) {
        return fail(err, workshop.message());
    }
    PrintSource source(store);
    const auto letters = source.letters(workshop.value().meta.id, *decision, language);
    if (!letters.ok()) {
        return fail(err, letters.message());
    }
    if (letters.value().isEmpty()) {
        out << tr("Nobody of \"%1\" stands at \"%2\": no letter written.")
                   .arg(workshop.value().title, labelOf(*decision))
            << Qt::endl;
        return Success;
    }
    if (!store.settings().letterSignatory().isSet()) {
        err << tr("Nobody is named to sign the letters: they are signed \"WCO Secretariat\" alone. To sign them, run "
                  "accreditation-desk-cli settings %1 --signatory-name NAME --signatory-title TITLE.")
                   .arg(parser.positionalArguments().constFirst())
            << Qt::endl;
    }
    const auto written = LetterBatch::write(letters.value(), folder, *paper, QFileInfo(store.path()).fileName());
    if (!written.ok()) {
        return fail(err, written.message());
    }
    for (const LetterFiles& files : written.value()) {
        out << tr("%1 (%2): %3").arg(files.candidateName, files.language, QDir::toNativeSeparators(files.pdfPath));
        if (!files.emailPath.isEmpty()) {
            out << tr(", e-mail draft %1").arg(QFileInfo(files.emailPath).fileName());
        }
        out << Qt::endl;
    }
    if (record) {
        int recorded = 0;
        for (const LetterFiles& files : written.value()) {
            if (files.alreadyInformed) {
                continue;  // told before: nothing awaits recording
            }
            ++recorded;
            if (auto done = store.decisions().recordInformed(files.candidateId, Clock::today(), InformChannel::Letter);
                !done.ok()) {
                return fail(err, tr("%1: not recorded as informed: %2").arg(files.candidateName, done.message()));
            }
        }
        out << tr("%n candidate(s) recorded as informed by letter.", nullptr, recorded) << Qt::endl;
    }
    return Success;
}
