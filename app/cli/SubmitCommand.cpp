// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmitCommand.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"
#include "RoundOption.h"

#include <QCommandLineParser>
#include <QTextStream>

SubmitCommand::SubmitCommand()
    : ReviewerCommand(QStringLiteral("submit"),
                      tr("Submit your scores of a candidate (reviewers): final, and then you see the other "
                         "reviewers'."))
{
    declareReviewWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--as"),
                          QStringLiteral("{reviewer}"), QStringLiteral("--reviewer"), QStringLiteral("{reviewer}"),
                          QStringLiteral("--review"), QStringLiteral("{review}")}});
}

void SubmitCommand::configureOptions(QCommandLineParser& parser)
{
    configureReviewer(parser);
    addRoundOption(parser, tr("selection"));
}

int SubmitCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!parser.isSet(QStringLiteral("reviewer"))) {
        err << tr("Name the reviewer with --reviewer.") << Qt::endl;
        return UsageError;
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return ReviewerCommand::checkArguments(parser, err);
}

int SubmitCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto session = openSession(parser, store, err);
    if (!session) {
        return Failure;
    }
    const PipelineStep round = roundOption(parser, PipelineStep::Selection);
    if (auto done = ReviewerWork::submit(*session->store, *session->review, session->candidate->meta.id, round);
        !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    // Named as the round shows them: under their code when that round is anonymised.
    const auto shown = session->store->candidates().byIdIn(session->candidate->meta.id, round);
    out << tr("Submitted your scores of %1 in %2; the officer imports them from %3.")
               .arg(shown.ok() ? shown.value().displayName() : CandidateDisclosure::codeOf(session->candidate->meta.id),
                    labelOf(round), session->review->path())
        << Qt::endl;
    return Success;
}
