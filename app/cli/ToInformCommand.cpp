// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToInformCommand.h"

#include "store/Workshops.h"
#include "store/Decisions.h"
#include "Lookup.h"
#include "domain/Candidate.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "assessment/ScreeningCheck.h"
#include "TextTable.h"
#include "domain/Workshop.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

ToInformCommand::ToInformCommand()
    : FileCommand(QStringLiteral("to-inform"), tr("List the candidates still to be told of a decision."),
                  Store::Access::ReadOnly)
{
}

void ToInformCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("workshop"), tr("Only this workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int ToInformCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    QUuid workshopId;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
    }
    const auto pending = store.decisions().toInform(workshopId);
    const auto workshops = store.workshops().all();
    if (!pending.ok() || !workshops.ok()) {
        return fail(err, pending.ok() ? workshops.message() : pending.message());
    }
    QHash<QUuid, QString> titles;
    for (const Workshop& w : workshops.value()) {
        titles.insert(w.meta.id, w.title);
    }
    QJsonArray array;
    TextTable table({tr("Candidate"), tr("To tell"), tr("Latest decision"), tr("Step"), tr("Workshop"), tr("Decided")});
    for (const PendingInforming& p : pending.value()) {
        array.append(QJsonObject{
            {QStringLiteral("candidate_id"), idText(p.candidateId)},
            {QStringLiteral("candidate"), p.candidateName},
            {QStringLiteral("decision_id"), idText(p.decisionId)},
            {QStringLiteral("from"), keyOf(p.from)},
            {QStringLiteral("to"), keyOf(p.to)},
            {QStringLiteral("step"), p.step ? QJsonValue(keyOf(*p.step)) : QJsonValue()},
            {QStringLiteral("workshop_id"), p.workshopId.isNull() ? QJsonValue() : QJsonValue(idText(p.workshopId))},
            {QStringLiteral("decided_at"), p.decidedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reversal"), p.reversal},
            {QStringLiteral("decisions_awaiting"), p.decisionsAwaiting}});
        // What the candidate hears is where they stand now; the moves it superseded go with it.
        QString move = labelOf(p.from) + QStringLiteral(" → ") + labelOf(p.to);
        if (p.reversal) {
            move += QLatin1Char(' ') + tr("(a correction)");
        }
        if (p.decisionsAwaiting > 1) {
            move += QLatin1Char(' ') + tr("(%n earlier not told)", nullptr, p.decisionsAwaiting - 1);
        }
        table.addRow({p.candidateName, tr("now at \"%1\"").arg(labelOf(p.to)), move,
                      p.step ? labelOf(*p.step) : QString(), titles.value(p.workshopId),
                      QLocale().toString(p.decidedAt.toLocalTime().date(), QLocale::ShortFormat)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else if (pending.value().isEmpty()) {
        out << tr("Every candidate has been told of every decision.") << Qt::endl;
    } else {
        table.print(out);
    }
    return Success;
}
