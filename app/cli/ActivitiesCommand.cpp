// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivitiesCommand.h"

#include "PeriodText.h"
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "pool/ActivityRemoval.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/Pool.h"
#include "store/Candidates.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

ActivitiesCommand::ActivitiesCommand()
    : FileCommand(QStringLiteral("activities"), tr("List the activities of a file with who took part."),
                  Store::Access::ReadOnly)
{
}

void ActivitiesCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int ActivitiesCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto activities = store.pool().activities();
    if (!activities.ok()) {
        err << activities.message() << Qt::endl;
        return Failure;
    }
    QHash<QUuid, QString> names;
    auto nameOf = [&](const QUuid& id) {
        if (!names.contains(id)) {
            const auto c = store.candidates().byId(id);
            names.insert(id, c.ok() ? c.value().displayName() : id.toString(QUuid::WithoutBraces));
        }
        return names.value(id);
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Activity& a : activities.value()) {
            QJsonObject object = RecordJson::toJson(a);
            QJsonArray participants;
            for (const auto& value : object.value(QStringLiteral("participants")).toArray()) {
                QJsonObject p = value.toObject();
                p.insert(QStringLiteral("name"),
                         nameOf(QUuid::fromString(p.value(QStringLiteral("candidate_id")).toString())));
                participants.append(p);
            }
            object.insert(QStringLiteral("participants"), participants);
            array.append(object);
        }
        printJson(out, array);
        return Success;
    }
    TextTable table({tr("Dates"), tr("Title"), tr("Kind"), tr("Where"), tr("Language"), tr("Participants")});
    for (const Activity& a : activities.value()) {
        QStringList people;
        for (const ActivityParticipant& p : a.participants) {
            people.append(tr("%1 (%2)").arg(nameOf(p.candidateId), labelOf(p.role)) +
                          (p.voluntaryExtra ? tr(", voluntary extra") : QString()));
        }
        table.addRow({dates(a.startDate, a.endDate), a.title, labelOf(a.kind),
                      a.mode == ActivityMode::Online ? labelOf(a.mode)
                                                     : QStringList({a.city, a.country}).join(QStringLiteral(", ")),
                      a.language, people.join(QStringLiteral("; "))});
    }
    table.print(out);
    out << tr("%Ln activity(ies).", nullptr, int(activities.value().size())) << Qt::endl;
    return Success;
}
