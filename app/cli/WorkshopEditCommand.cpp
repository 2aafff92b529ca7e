// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopEditCommand.h"

#include "DateOption.h"
#include "KeyOption.h"
#include "Lookup.h"
#include "domain/Workshop.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

namespace {

const QStringList kFields{QStringLiteral("title"),    QStringLiteral("start"),       QStringLiteral("venue"),
                          QStringLiteral("region"),   QStringLiteral("capacity"),    QStringLiteral("days"),
                          QStringLiteral("assessor"), QStringLiteral("no-assessors")};

}  // namespace

WorkshopEditCommand::WorkshopEditCommand()
    : FileCommand(QStringLiteral("workshop-edit"),
                  tr("Change a workshop's title, dates, venue, region, seats or assessors (officers only)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Nairobi"), QStringLiteral("--venue"),
                    QStringLiteral("Venue {tag}")}});
}

void WorkshopEditCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSHOP"), tr("The workshop (id or words of its title)."));
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("TITLE")});
    parser.addOption({QStringLiteral("start"), tr("The first day, as YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("venue"), tr("Where it takes place."), tr("VENUE")});
    parser.addOption({QStringLiteral("region"),
                      tr("The WCO region: %1 (an empty value leaves it unsaid).").arg(keyList<Region>()),
                      tr("REGION")});
    parser.addOption({QStringLiteral("capacity"), tr("Seats, at most 10, never fewer than the seats taken."), tr("N")});
    parser.addOption({QStringLiteral("days"), tr("How many days."), tr("N")});
    parser.addOption(
        {QStringLiteral("assessor"), tr("An assessor; repeat for several. Replaces the list."), tr("NAME")});
    parser.addOption({QStringLiteral("no-assessors"), tr("Empties the list of assessors.")});
}

int WorkshopEditCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (std::none_of(kFields.cbegin(), kFields.cend(), [&](const QString& f) { return parser.isSet(f); })) {
        return usage(err, tr("Nothing to change: give what to change with --title, --start, --venue, --region, "
                             "--capacity, --days or --assessor."));
    }
    if (!checkDateOption(parser, QStringLiteral("start"), err)) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("region")) && !parser.value(QStringLiteral("region")).isEmpty() &&
        !checkKeyOption<Region>(parser, QStringLiteral("region"), err)) {
        return UsageError;
    }
    for (const QString& option : {QStringLiteral("capacity"), QStringLiteral("days")}) {
        bool ok = true;
        if (parser.isSet(option)) {
            parser.value(option).toInt(&ok);
        }
        if (!ok) {
            return usage(err, tr("--%1 must be a whole number.").arg(option));
        }
    }
    if (parser.isSet(QStringLiteral("assessor")) && parser.isSet(QStringLiteral("no-assessors"))) {
        return usage(err, tr("Give either --assessor or --no-assessors, not both."));
    }
    return Success;
}

int WorkshopEditCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findWorkshop(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    Workshop w = found.value();
    if (parser.isSet(QStringLiteral("title"))) {
        w.title = parser.value(QStringLiteral("title")).trimmed();
    }
    if (parser.isSet(QStringLiteral("venue"))) {
        w.venue = parser.value(QStringLiteral("venue")).trimmed();
    }
    if (parser.isSet(QStringLiteral("start"))) {
        bool ok = true;
        w.startDate = dateOption(parser, QStringLiteral("start"), &ok);  // checked: a date
    }
    if (parser.isSet(QStringLiteral("region"))) {
        w.region = fromKey<Region>(parser.value(QStringLiteral("region")));  // empty: unsaid
    }
    if (parser.isSet(QStringLiteral("capacity"))) {
        w.capacity = parser.value(QStringLiteral("capacity")).toInt();
    }
    if (parser.isSet(QStringLiteral("days"))) {
        w.days = parser.value(QStringLiteral("days")).toInt();
    }
    if (parser.isSet(QStringLiteral("assessor")) || parser.isSet(QStringLiteral("no-assessors"))) {
        w.assessors = parser.values(QStringLiteral("assessor"));
    }
    // Core checks the workshop's rules and the seats taken, over the version read above.
    const auto saved = store.workshops().save(w);
    if (!saved.ok()) {
        return fail(err, tr("Nothing was changed for \"%1\": %2").arg(found.value().title, saved.message()));
    }
    out << tr("Saved \"%1\", %2 to %3, %4 seats.")
               .arg(saved.value().title, QLocale().toString(saved.value().startDate, QLocale::ShortFormat),
                    QLocale().toString(saved.value().endDate(), QLocale::ShortFormat))
               .arg(saved.value().capacity)
        << Qt::endl;
    return Success;
}
