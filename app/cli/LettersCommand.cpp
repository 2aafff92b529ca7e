// SPDX-License-Identifier: GPL-3.0-or-later
#include "LettersCommand.h"

#include "store/FileSettings.h"
#include "store/Decisions.h"
#include "domain/Workshop.h"
#include "PaperOption.h"
#include "Lookup.h"
#include "Clock.h"
#include "LetterBatch.h"
#include "PrintSource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

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
