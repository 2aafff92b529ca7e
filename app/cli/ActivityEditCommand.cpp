// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityEditCommand.h"

#include "DateOption.h"
#include "KeyOption.h"
#include "Lookup.h"
#include "ParticipantOption.h"
#include "PeriodText.h"
#include "domain/Activity.h"
#include "store/Pool.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

const QStringList kFields{QStringLiteral("title"),          QStringLiteral("kind"),
                          QStringLiteral("from"),           QStringLiteral("to"),
                          QStringLiteral("country"),        QStringLiteral("city"),
                          QStringLiteral("online"),         QStringLiteral("on-site"),
                          QStringLiteral("language"),       QStringLiteral("requested-by"),
                          QStringLiteral("topic"),          QStringLiteral("no-topics"),
                          QStringLiteral("participant"),    QStringLiteral("no-participants"),
                          QStringLiteral("voluntary-extra")};

}  // namespace

ActivityEditCommand::ActivityEditCommand()
    : FileCommand(QStringLiteral("activity-edit"),
                  tr("Change an activity's title, kind, dates, place, language, topics or participants (officers "
                     "only)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("border enforcement"), QStringLiteral("--requested-by"),
                    QStringLiteral("Administration {tag}")}});
}

void ActivityEditCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTIVITY"), tr("The activity (id or words of its title)."));
    parser.addOption({QStringLiteral("title"), tr("Its title."), tr("TITLE")});
    parser.addOption({QStringLiteral("kind"), tr("What the activity is: %1.").arg(keyList<ActivityKind>()), tr("K")});
    parser.addOption({QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("country"), tr("Where it takes place, on site."), tr("C")});
    parser.addOption({QStringLiteral("city"), tr("The city, on site."), tr("CITY")});
    parser.addOption({QStringLiteral("online"), tr("It takes place online.")});
    parser.addOption({QStringLiteral("on-site"), tr("It takes place on site (give --country).")});
    parser.addOption({QStringLiteral("language"), tr("Its working language."), tr("L")});
    parser.addOption({QStringLiteral("requested-by"), tr("The administration that requested it."), tr("ADMIN")});
    parser.addOption({QStringLiteral("topic"), tr("A topic; repeat for several. Replaces the list."), tr("TOPIC")});
    parser.addOption({QStringLiteral("no-topics"), tr("Empties the list of topics.")});
    // --participant replaces the list of who takes part; those named again keep their role
    // and voluntary extra unless given a role.
    ParticipantOption::addOptions(parser);
    parser.addOption({QStringLiteral("no-participants"), tr("Nobody takes part any longer.")});
}

int ActivityEditCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (std::none_of(kFields.cbegin(), kFields.cend(), [&](const QString& f) { return parser.isSet(f); })) {
        return usage(err, tr("Nothing to change: give what to change with --title, --kind, --from, --to, "
                             "--country, --city, --online, --on-site, --language, --requested-by, --topic or "
                             "--participant."));
    }
    if (parser.isSet(QStringLiteral("kind")) && !checkKeyOption<ActivityKind>(parser, QStringLiteral("kind"), err)) {
        return UsageError;
    }
    if (!checkDateOption(parser, QStringLiteral("from"), err) || !checkDateOption(parser, QStringLiteral("to"), err)) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("online")) &&
        (parser.isSet(QStringLiteral("on-site")) || parser.isSet(QStringLiteral("country")) ||
         parser.isSet(QStringLiteral("city")))) {
        return usage(err, tr("Give either --online or a place (--on-site, --country, --city), not both."));
    }
    if (parser.isSet(QStringLiteral("topic")) && parser.isSet(QStringLiteral("no-topics"))) {
        return usage(err, tr("Give either --topic or --no-topics, not both."));
    }
    if (parser.isSet(QStringLiteral("participant")) && parser.isSet(QStringLiteral("no-participants"))) {
        return usage(err, tr("Give either --participant or --no-participants, not both."));
    }
    return Success;
}

int ActivityEditCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findActivity(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    Activity activity = found.value();
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("title"), &activity.title}, std::pair{QStringLiteral("country"), &activity.country},
          std::pair{QStringLiteral("city"), &activity.city}, std::pair{QStringLiteral("language"), &activity.language},
          std::pair{QStringLiteral("requested-by"), &activity.requestingAdministration}}) {
        if (parser.isSet(option)) {
            *field = parser.value(option).trimmed();
        }
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        activity.kind = *fromKey<ActivityKind>(parser.value(QStringLiteral("kind")));  // checked: one of them
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("from"))) {
        activity.startDate = dateOption(parser, QStringLiteral("from"), &ok);  // checked: a date
    }
    if (parser.isSet(QStringLiteral("to"))) {
        activity.endDate = dateOption(parser, QStringLiteral("to"), &ok);
    }
    if (parser.isSet(QStringLiteral("online"))) {
        activity.mode = ActivityMode::Online;
        activity.country.clear();
        activity.city.clear();
    } else if (parser.isSet(QStringLiteral("on-site")) || parser.isSet(QStringLiteral("country"))) {
        activity.mode = ActivityMode::OnSite;
    }
    if (parser.isSet(QStringLiteral("topic")) || parser.isSet(QStringLiteral("no-topics"))) {
        activity.topics = parser.values(QStringLiteral("topic"));
    }
    if (parser.isSet(QStringLiteral("participant")) || parser.isSet(QStringLiteral("no-participants"))) {
        QList<ActivityParticipant> participants;
        if (const int read = ParticipantOption::read(parser, store, activity.participants, participants, err);
            read != Success) {
            return read;
        }
        activity.participants = participants;
    }
    if (const int settled = ParticipantOption::settleVoluntaryExtra(parser, store, activity, err); settled != Success) {
        return settled;
    }
    // Core checks the activity and every participant's commitment again, over the version
    // read above; a part that no longer fits is refused, with nothing written.
    const auto saved = store.pool().saveActivity(activity);
    if (!saved.ok()) {
        return fail(err, tr("Nothing was changed for \"%1\": %2").arg(found.value().title, saved.message()));
    }
    out << tr("Saved \"%1\", %2.").arg(saved.value().title, dates(saved.value().startDate, saved.value().endDate))
        << Qt::endl;
    return Success;
}
