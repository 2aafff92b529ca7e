// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoresTemplateCommand.h"

#include "Lookup.h"
#include "RoundOption.h"
#include "domain/Workshop.h"
#include "review/BulkScores.h"
#include "review/ReviewerWork.h"
#include "store/ReviewFile.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

ScoresTemplateCommand::ScoresTemplateCommand()
    : FileCommand(QStringLiteral("scores-template"),
                  tr("Write a workshop's blank scoring sheet as CSV, with the codes scores-import reads."),
                  Store::Access::ReadOnly)
{
    declarePositionals(1, 1);
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"),
                     QStringLiteral("-o"), QStringLiteral("{out}/sheet.csv")}});
}

void ScoresTemplateCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({u"workshop"_s, tr("The workshop (id or title)."), tr("W")});
    parser.addOption({u"wide"_s, tr("A row per candidate and a column per criterion (by default a row per "
                                    "candidate and criterion).")});
    parser.addOption({u"review"_s, tr("Your review file: only the candidates assigned to you."), tr("REVIEW")});
    parser.addOption({u"anonymous"_s, tr("Leave the candidates' names out: codes only.")});
    parser.addOption({{u"o"_s, u"output"_s}, tr("The CSV file to write."), tr("OUT")});
    addRoundOption(parser, tr("selection"));
}

int ScoresTemplateCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!parser.isSet(u"workshop"_s) || parser.value(u"output"_s).isEmpty()) {
        return usage(err, tr("Give the workshop with --workshop W and the file to write with -o OUT.csv."));
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return Success;
}

int ScoresTemplateCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto workshop = findWorkshop(store, parser.value(u"workshop"_s));
    if (!workshop.ok()) {
        return fail(err, workshop.message());
    }
    std::unique_ptr<ReviewFile> review;
    if (parser.isSet(u"review"_s)) {
        auto opened = ReviewFile::open(parser.value(u"review"_s), true);
        if (!opened.ok()) {
            return fail(err, opened.message());
        }
        review = std::move(opened).value();
    }
    const PipelineStep round = roundOption(parser, PipelineStep::Selection);
    const auto sheet = BulkScores::sheet(store, workshop.value().meta.id, review.get(), round);
    if (!sheet.ok()) {
        return fail(err, sheet.message());
    }
    const QString path = parser.value(u"output"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(BulkScores::templateCsv(sheet.value(), parser.isSet(u"wide"_s), !parser.isSet(u"anonymous"_s))) <
            0 ||
        !file.commit()) {
        return fail(err,
                    tr("\"%1\" could not be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    out << tr("Wrote the blank sheet of %1, %2, to %3: %4 candidate(s), %5 criteria. Fill in the ratings and "
              "import it with `scores-import`.")
               .arg(workshop.value().title, labelOf(round), QDir::toNativeSeparators(path))
               .arg(sheet.value().candidates.size())
               .arg(sheet.value().criteria.size())
        << Qt::endl;
    return Success;
}
