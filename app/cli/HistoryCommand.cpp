// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "CandidateHistory.h"
#include "Lookup.h"
#include "domain/RecordJson.h"
#include "domain/StageDecision.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

HistoryCommand::HistoryCommand()
    : FileCommand(QStringLiteral("history"), tr("Show every decision about a candidate, oldest first."),
                  Store::Access::ReadOnly)
{
    declarePositionals(2, 2);
}

void HistoryCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int HistoryCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto history = readCandidateHistory(store, parser.positionalArguments().at(1));
    if (!history.ok()) {
        return fail(err, history.message());
    }
    const Candidate& candidate = history.value().candidate;
    const QList<StageDecision>& decisions = history.value().decisions;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StageDecision& d : decisions) {
            array.append(RecordJson::toJson(d));
        }
        printJson(out, array);
        return Success;
    }
    out << tr("%1, now at \"%2\"").arg(candidate.displayName(), labelOf(candidate.stage)) << Qt::endl;
    TextTable table({tr("Decided"), tr("Move"), tr("By"), tr("Reason"), tr("Informed")});
    for (const StageDecision& d : decisions) {
        QString reason = d.reason;
        if (!d.overrideReason.isEmpty()) {
            reason += QStringLiteral(" ") + tr("[override: %1]").arg(d.overrideReason);
        }
        if (d.isReversal()) {
            reason += QStringLiteral(" ") + tr("[reverses the decision before]");
        }
        table.addRow({QLocale().toString(d.decidedAt.toLocalTime().date(), QLocale::ShortFormat),
                      labelOf(d.from) + QStringLiteral(" → ") + labelOf(d.to), d.decidedBy, reason,
                      d.isInformed() ? QLocale().toString(d.informedOn, QLocale::ShortFormat) + QStringLiteral(", ") +
                                           labelOf(*d.informedBy)
                                     : tr("to inform")});
    }
    table.print(out);
    return Success;
}
