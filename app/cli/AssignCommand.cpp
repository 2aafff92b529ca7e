// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignCommand.h"

#include "RoundOption.h"
#include "store/Assessment.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "domain/Person.h"
#include "Lookup.h"
#include "assessment/ReviewRules.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QTextStream>

AssignCommand::AssignCommand()
    : FileCommand(QStringLiteral("assign"),
                  tr("Assign a reviewer to a candidate, or spread the reviewers evenly over a workshop (officers)."),
                  Store::Access::Edit)
{
    declarePositionals(1, 3);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Mensah"), QStringLiteral("{reviewer}")}});
}

void AssignCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."),
                                 QStringLiteral("[CANDIDATE"));
    parser.addPositionalArgument(QStringLiteral("REVIEWER"), tr("The reviewer (id, account or name)."),
                                 QStringLiteral("REVIEWER]"));
    parser.addOption({QStringLiteral("reason"),
                      tr("Why this reviewer may review a candidate of their own administration."), tr("TEXT")});
    parser.addOption({QStringLiteral("remove"), tr("Remove the assignment instead.")});
    addRoundOption(parser, tr("selection"));
    parser.addOption({QStringLiteral("spread"),
                      tr("Spread the reviewers evenly over the candidates of a workshop (no CANDIDATE, REVIEWER).")});
    parser.addOption({QStringLiteral("workshop"), tr("The workshop to spread over (id or title)."), tr("WORKSHOP")});
    parser.addOption({QStringLiteral("limit"), tr("At most N candidates per reviewer (with --spread)."), tr("N")});
    parser.addOption({QStringLiteral("per-candidate"),
                      tr("Reviewers each candidate needs (with --spread; 2 by "
                         "default)."),
                      tr("N"), QStringLiteral("2")});
}

int AssignCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    const bool spread = parser.isSet(QStringLiteral("spread"));
    if (spread ? args.size() != 1 || !parser.isSet(QStringLiteral("workshop")) || !parser.isSet(QStringLiteral("limit"))
               : args.size() != 3) {
        err << tr("Give FILE CANDIDATE REVIEWER, or FILE --spread --workshop W --limit N.") << Qt::endl;
        return UsageError;
    }
    bool numbers = true;
    bool second = true;
    if (spread) {
        parser.value(QStringLiteral("limit")).toInt(&numbers);
        parser.value(QStringLiteral("per-candidate")).toInt(&second);
    }
    if (!numbers || !second) {
        err << tr("--limit and --per-candidate take whole numbers.") << Qt::endl;
        return UsageError;
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return Success;
}

int AssignCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList args = parser.positionalArguments();
    const bool spread = parser.isSet(QStringLiteral("spread"));
    // checkArguments made sure these are whole numbers.
    const int limit = spread ? parser.value(QStringLiteral("limit")).toInt() : 0;
    const int perCandidate = spread ? parser.value(QStringLiteral("per-candidate")).toInt() : 0;
    const PipelineStep round = roundOption(parser, PipelineStep::Selection);
    if (spread) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            err << workshop.message() << Qt::endl;
            return Failure;
        }
        const int before = int(store.assessment().assignments().value().size());
        const auto shortfalls =
            store.assessment().spreadReviewers(workshop.value().meta.id, limit, perCandidate, round);
        if (!shortfalls.ok()) {
            err << shortfalls.message() << Qt::endl;
            return Failure;
        }
        out << tr("Made %n assignment(s) for %1 in %2.", nullptr,
                  int(store.assessment().assignments().value().size()) - before)
                   .arg(workshop.value().title, labelOf(round))
            << Qt::endl;
        for (const QString& line : shortfalls.value()) {
            out << line << Qt::endl;
        }
        return Success;
    }
    const auto candidate = findCandidate(store, args.at(1));
    const auto reviewer = findPerson(store, args.at(2));
    if (!candidate.ok() || !reviewer.ok()) {
        err << (candidate.ok() ? reviewer.message() : candidate.message()) << Qt::endl;
        return Failure;
    }
    const Status done =
        parser.isSet(QStringLiteral("remove"))
            ? store.assessment().unassignReviewer(candidate.value().meta.id, reviewer.value().meta.id, round)
            : store.assessment().assignReviewer(candidate.value().meta.id, reviewer.value().meta.id,
                                                parser.value(QStringLiteral("reason")), round);
    if (!done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << (parser.isSet(QStringLiteral("remove")) ? tr("%1 no longer reviews %2 in %3.")
                                                   : tr("%1 now reviews %2 in %3."))
               .arg(reviewer.value().name, candidate.value().displayName(), labelOf(round))
        << Qt::endl;
    return Success;
}
