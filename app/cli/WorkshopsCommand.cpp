// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopsCommand.h"

#include "store/Workshops.h"
#include "store/Decisions.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "TextTable.h"
#include "domain/Workshop.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

WorkshopsCommand::WorkshopsCommand()
    : FileCommand(QStringLiteral("workshops"), tr("List the workshops with their seats taken."),
                  Store::Access::ReadOnly)
{
}

void WorkshopsCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int WorkshopsCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto workshops = store.workshops().all();
    const auto seats = store.workshops().seats();
    if (!workshops.ok() || !seats.ok()) {
        return fail(err, workshops.ok() ? seats.message() : workshops.message());
    }
    QHash<QUuid, int> taken;
    for (const WorkshopSeats& s : seats.value()) {
        taken.insert(s.id, s.taken);
    }
    QJsonArray array;
    TextTable table({tr("Title"), tr("Dates"), tr("Venue"), tr("Seats"), tr("Closed"), tr("Id")});
    for (const Workshop& w : workshops.value()) {
        const auto closures = store.decisions().stepClosures(w.meta.id);
        if (!closures.ok()) {
            return fail(err, closures.message());
        }
        QStringList closed;
        QJsonArray closedKeys;
        for (const StepClosure& c : closures.value()) {
            if (c.closed) {
                closed.append(labelOf(c.step));
                closedKeys.append(keyOf(c.step));
            }
        }
        QJsonObject o = RecordJson::toJson(w);
        o.insert(QStringLiteral("seats_taken"), taken.value(w.meta.id));
        o.insert(QStringLiteral("steps_closed"), closedKeys);
        array.append(o);
        table.addRow({w.title,
                      QLocale().toString(w.startDate, QLocale::ShortFormat) + QStringLiteral(" – ") +
                          QLocale().toString(w.endDate(), QLocale::ShortFormat),
                      w.venue, tr("%1 / %2").arg(taken.value(w.meta.id)).arg(w.capacity),
                      closed.join(QStringLiteral("; ")), idText(w.meta.id)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else {
        table.print(out);
    }
    return Success;
}
