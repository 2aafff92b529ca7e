// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReverseCommand.h"

#include "store/Decisions.h"
#include "CandidateHistory.h"
#include "domain/StageDecision.h"
#include "Lookup.h"

#include <QCommandLineParser>
#include <QTextStream>

ReverseCommand::ReverseCommand()
    : FileCommand(QStringLiteral("reverse"),
                  tr("Reverse a candidate's latest decision with a new one (history is kept)."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Dlamini"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void ReverseCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("reason"), tr("Why the decision is reversed."), tr("TEXT")});
}

int ReverseCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto history = readCandidateHistory(store, parser.positionalArguments().at(1));
    if (!history.ok()) {
        return fail(err, history.message());
    }
    const Candidate& candidate = history.value().candidate;
    const QList<StageDecision>& decisions = history.value().decisions;
    if (decisions.isEmpty()) {
        return fail(err, tr("%1 has no decision to reverse.").arg(candidate.displayName()));
    }
    const auto reversal =
        store.decisions().reverse(decisions.constLast().meta.id, parser.value(QStringLiteral("reason")));
    if (!reversal.ok()) {
        return fail(err, reversal.message());
    }
    out << tr("%1: back to %2.").arg(candidate.displayName(), labelOf(reversal.value().to)) << Qt::endl;
    return Success;
}
