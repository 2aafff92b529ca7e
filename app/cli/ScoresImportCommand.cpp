// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoresImportCommand.h"

#include "Lookup.h"
#include "RoundOption.h"
#include "assessment/ScoreSheet.h"
#include "domain/Workshop.h"
#include "review/BulkScores.h"
#include "review/ReviewerWork.h"
#include "store/ReviewFile.h"
#include "store/Store.h"

#include <QCommandLineParser>

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

/// Every refused row, as the applications import reports them: row, field, what to do.
void printProblems(const QList<ScoreSheetProblem>& problems, QTextStream& err)
{
    for (const ScoreSheetProblem& problem : problems) {
        if (problem.row <= 0) {
            err << problem.message << Qt::endl;
        } else if (problem.field.isEmpty()) {
            err << ScoresImportCommand::tr("Row %1: %2").arg(QString::number(problem.row), problem.message) << Qt::endl;
        } else {
            err << ScoresImportCommand::tr("Row %1, %2: %3")
                       .arg(QString::number(problem.row), problem.field, problem.message)
                << Qt::endl;
        }
    }
}

}  // namespace

ScoresImportCommand::ScoresImportCommand()
    : FileCommand(QStringLiteral("scores-import"),
                  tr("Import many ratings from a CSV sheet, into your review file (reviewers, --review) or as the "
                     "consensus (officers, --consensus). Nothing is imported while a row is refused."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    // {scores:…} is a sheet rating Njoroge on one criterion, with the tag as its comment.
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("{scores:{tag}}"), QStringLiteral("--consensus")},
                   {QStringLiteral("{file}"), QStringLiteral("{scores:{tag}}"), QStringLiteral("--consensus"),
                    QStringLiteral("--round"), QStringLiteral("workshop")}});
    declareReviewWrites({{QStringLiteral("{file}"), QStringLiteral("{scores:{tag}}"), QStringLiteral("--review"),
                          QStringLiteral("{review}"), QStringLiteral("--as"), QStringLiteral("{reviewer}")}});
}

void ScoresImportCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("CSV"),
        tr("The ratings: UTF-8 CSV, long (columns candidate, criterion, rating, comment) or wide (candidate, then "
           "a column per criterion), as `scores-template` makes it."));
    parser.addOption(
        {QStringLiteral("review"), tr("Your review file: the ratings become your drafts there."), tr("REVIEW")});
    parser.addOption({QStringLiteral("consensus"), tr("Record the ratings as the officer's consensus.")});
    parser.addOption({QStringLiteral("workshop"), tr("Refuse any candidate who is not an applicant of W."), tr("W")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the sheet and report, but write nothing.")});
    addRoundOption(parser, tr("the round the sheet's \"round\" column names, else selection"));
}

int ScoresImportCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("review")) == parser.isSet(QStringLiteral("consensus"))) {
        return usage(err, tr("Say where the ratings go: --review REVIEW (your own form) or --consensus (the "
                             "officer's)."));
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return Success;
}

Store::Access ScoresImportCommand::access(const QCommandLineParser& parser) const
{
    // A reviewer's ratings go to their review file: the shared file is only read.
    return parser.isSet(QStringLiteral("review")) || parser.isSet(QStringLiteral("dry-run")) ? Store::Access::ReadOnly
                                                                                             : Store::Access::Edit;
}

int ScoresImportCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QString path = parser.positionalArguments().at(1);
    const QString shown = QDir::toNativeSeparators(path);
    QUuid workshopId;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
    }
    std::unique_ptr<ReviewFile> review;
    if (parser.isSet(QStringLiteral("review"))) {
        const QString reviewPath = parser.value(QStringLiteral("review"));
        if (!QFileInfo::exists(reviewPath)) {
            return fail(err, tr("There is no review file \"%1\"; make yours with `review-init FILE %1` first.")
                                 .arg(QDir::toNativeSeparators(reviewPath)));
        }
        auto opened = ReviewerWork::openOwn(store, reviewPath);
        if (!opened.ok()) {
            return fail(err, opened.message());
        }
        review = std::move(opened).value();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(err, tr("\"%1\" cannot be read (%2); nothing was imported.").arg(shown, file.errorString()));
    }
    const auto sheet = ScoreSheet::parse(file.readAll(), QFileInfo(path).fileName());
    if (!sheet.ok()) {
        return fail(err, sheet.message());
    }
    // The sheet goes into the round it names: a --round naming another is refused before
    // anything is read against the file, so that no rating lands in the wrong round.
    const std::optional<PipelineStep> named = sheet.value().round;
    const PipelineStep round = roundOption(parser, named.value_or(PipelineStep::Selection));
    if (named && *named != round) {
        return fail(err, tr("%1 is a sheet of %2, but --round asks for %3; nothing was imported. Import it with "
                            "--round %4 (or leave --round out), or make a sheet of %3 with `scores-template --round "
                            "%5`.")
                             .arg(shown, labelOf(*named), labelOf(round), keyOf(*named), keyOf(round)));
    }
    QList<ScoreSheetProblem> problems = sheet.value().problems;
    const QList<ScoreEntry> entries = BulkScores::resolve(store, sheet.value(), round, problems);
    // Every row's problems at once, in row order: what could not be read, then what the
    // write refuses of the rest (for a reviewer also a candidate not theirs in the round and
    // a form submitted already), so that a dry run passes only what the import takes.
    problems += BulkScores::problems(store, review.get(), entries, workshopId, round);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ScoreSheetProblem& a, const ScoreSheetProblem& b) { return a.row < b.row; });
    if (!problems.isEmpty()) {
        printProblems(problems, err);
        return fail(err, tr("%n row(s) refused; nothing was imported. Correct them and run scores-import again.",
                            nullptr, int(problems.size())));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out << tr("Dry run: %n rating(s) would be imported; nothing was written.", nullptr, int(entries.size()))
            << Qt::endl;
        return Success;
    }
    const ScoreBatchReport report = BulkScores::write(store, review.get(), entries, workshopId, round);
    if (!report.ok()) {
        printProblems(report.problems, err);
        return fail(err, report.status.ok()
                             ? tr("%n row(s) refused; nothing was imported.", nullptr, int(report.problems.size()))
                             : report.status.message());
    }
    if (review) {
        out << tr("Ratings of %1 from %2 saved in your review file %3: %4 new or changed, %5 as they were "
                  "(drafts; `submit` each candidate's form when it is complete).")
                   .arg(labelOf(round), QFileInfo(path).fileName(), QDir::toNativeSeparators(review->path()))
                   .arg(report.changed)
                   .arg(report.unchanged)
            << Qt::endl;
    } else {
        out << tr("Consensus ratings of %1 from %2 recorded: %3 new or changed, %4 as they were.")
                   .arg(labelOf(round), QFileInfo(path).fileName())
                   .arg(report.changed)
                   .arg(report.unchanged)
            << Qt::endl;
    }
    return Success;
}
