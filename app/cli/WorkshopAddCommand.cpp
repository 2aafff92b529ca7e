// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopAddCommand.h"

#include "store/Workshops.h"
#include "DateOption.h"
#include "domain/RecordJson.h"
#include "domain/Workshop.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

WorkshopAddCommand::WorkshopAddCommand()
    : FileCommand(QStringLiteral("workshop-add"), tr("Add an accreditation workshop (four days, 10 seats by default)."),
                  Store::Access::Edit)
{
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("--title"), QStringLiteral("Workshop {tag}"),
                    QStringLiteral("--start"), QStringLiteral("2031-03-03")}});
}

void WorkshopAddCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("TITLE")});
    parser.addOption({QStringLiteral("start"), tr("The first day, as YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("venue"), tr("Where it takes place."), tr("VENUE")});
    parser.addOption({QStringLiteral("region"), tr("The WCO region: %1.").arg(keyList<Region>()), tr("REGION")});
    parser.addOption({QStringLiteral("capacity"), tr("Seats, at most 10 (default 10)."), tr("N")});
    parser.addOption({QStringLiteral("days"), tr("How many days (default 4)."), tr("N")});
    parser.addOption({QStringLiteral("assessor"), tr("An assessor; repeat for several."), tr("NAME")});
}

int WorkshopAddCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, Workshop& w)
{
    w.title = parser.value(QStringLiteral("title"));
    bool ok = true;
    w.startDate = dateOption(parser, QStringLiteral("start"), &ok);
    if (!ok) {
        return usage(err, tr("--start must be a date as YYYY-MM-DD."));
    }
    w.venue = parser.value(QStringLiteral("venue"));
    if (parser.isSet(QStringLiteral("region"))) {
        w.region = fromKey<Region>(parser.value(QStringLiteral("region")));
        if (!w.region) {
            return usage(err, tr("--region must be one of: %1.").arg(keyList<Region>()));
        }
    }
    for (const auto& [option, target] :
         {std::pair{QStringLiteral("capacity"), &w.capacity}, std::pair{QStringLiteral("days"), &w.days}}) {
        if (parser.isSet(option)) {
            *target = parser.value(option).toInt(&ok);
            if (!ok) {
                return usage(err, tr("--%1 must be a whole number.").arg(option));
            }
        }
    }
    w.assessors = parser.values(QStringLiteral("assessor"));
    return Success;
}

int WorkshopAddCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    Workshop w;
    return readOptions(parser, err, w);
}

int WorkshopAddCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    Workshop w;
    readOptions(parser, err, w);  // checkArguments made sure it succeeds
    const auto saved = store.workshops().save(w);
    if (!saved.ok()) {
        return fail(err, saved.message());
    }
    out << tr("Added \"%1\", %2 to %3, %4 seats (%5).")
               .arg(saved.value().title, QLocale().toString(saved.value().startDate, QLocale::ShortFormat),
                    QLocale().toString(saved.value().endDate(), QLocale::ShortFormat))
               .arg(saved.value().capacity)
               .arg(idText(saved.value().meta.id))
        << Qt::endl;
    return Success;
}
