// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityAddCommand.h"

#include "domain/Candidate.h"
#include "PeriodText.h"
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "pool/ActivityRemoval.h"
#include "Lookup.h"
#include "ParticipantOption.h"
#include "DateOption.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Candidates.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

ActivityAddCommand::ActivityAddCommand()
    : FileCommand(QStringLiteral("activity-add"), tr("Record an activity and who takes part in it (officers)."),
                  Store::Access::Edit)
{
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("--kind"), QStringLiteral("capacity_building"),
          QStringLiteral("--from"), QStringLiteral("2031-04-07"), QStringLiteral("--to"), QStringLiteral("2031-04-09"),
          QStringLiteral("--title"), QStringLiteral("Activity {tag}"), QStringLiteral("--online")}});
}

void ActivityAddCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("kind"), tr("What the activity is: %1.").arg(keyList<ActivityKind>()), tr("K")});
    parser.addOption({QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("title"), tr("Its title (by default made from the kind, place and date)."), tr("TITLE")});
    parser.addOption({QStringLiteral("country"), tr("Where it takes place, on site."), tr("C")});
    parser.addOption({QStringLiteral("city"), tr("The city, on site."), tr("CITY")});
    parser.addOption({QStringLiteral("online"), tr("It takes place online.")});
    parser.addOption({QStringLiteral("language"), tr("Its working language."), tr("L")});
    parser.addOption({QStringLiteral("requested-by"), tr("The administration that requested it."), tr("ADMIN")});
    parser.addOption({QStringLiteral("topic"), tr("A topic (repeat for several)."), tr("TOPIC")});
    ParticipantOption::addOptions(parser);
}

int ActivityAddCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, Activity& activity)
{
    const auto kind = fromKey<ActivityKind>(parser.value(QStringLiteral("kind")));
    if (!kind) {
        err << tr("--kind is one of: %1.").arg(keyList<ActivityKind>()) << Qt::endl;
        return UsageError;
    }
    activity.kind = *kind;
    activity.startDate = requiredDateOption(parser, QStringLiteral("from"), err);
    activity.endDate = requiredDateOption(parser, QStringLiteral("to"), err);
    if (!activity.startDate.isValid() || !activity.endDate.isValid()) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("online")) &&
        (parser.isSet(QStringLiteral("country")) || parser.isSet(QStringLiteral("city")))) {
        err << tr("Give either --country (and --city) or --online, not both.") << Qt::endl;
        return UsageError;
    }
    activity.mode = parser.isSet(QStringLiteral("online")) ? ActivityMode::Online : ActivityMode::OnSite;
    activity.country = parser.value(QStringLiteral("country"));
    activity.city = parser.value(QStringLiteral("city"));
    activity.language = parser.value(QStringLiteral("language"));
    activity.requestingAdministration = parser.value(QStringLiteral("requested-by"));
    activity.topics = parser.values(QStringLiteral("topic"));
    activity.title = parser.value(QStringLiteral("title"));
    if (activity.title.isEmpty()) {
        const QString where = activity.mode == ActivityMode::Online
                                  ? labelOf(activity.mode)
                                  : (activity.city.isEmpty() ? activity.country : activity.city);
        activity.title = tr("%1, %2, %3").arg(labelOf(activity.kind), where, activity.startDate.toString(Qt::ISODate));
    }
    return Success;
}

int ActivityAddCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    Activity activity;
    return readOptions(parser, err, activity);
}

int ActivityAddCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    Activity activity;
    readOptions(parser, err, activity);  // checkArguments made sure it succeeds
    if (const int read = ParticipantOption::read(parser, store, {}, activity.participants, err); read != Success) {
        return read;
    }
    if (const int settled = ParticipantOption::settleVoluntaryExtra(parser, store, activity, err); settled != Success) {
        return settled;
    }
    const auto saved = store.pool().saveActivity(activity);
    if (!saved.ok()) {
        err << saved.message() << Qt::endl;
        return Failure;
    }
    out << tr("Recorded \"%1\", %2.").arg(saved.value().title, dates(activity.startDate, activity.endDate)) << Qt::endl;
    // Each advisor's ledger as it stands now.
    const auto pool = store.pool().advisors();
    const WeekCounting rule = store.settings().weekCounting();
    for (const ActivityParticipant& p : saved.value().participants) {
        const auto advisor = std::find_if(pool.value().cbegin(), pool.value().cend(), [&](const AccreditedAdvisor& a) {
            return a.candidate.meta.id == p.candidateId;
        });
        const auto person = store.candidates().byId(p.candidateId);
        QString line =
            tr("  %1, %2")
                .arg(person.ok() ? person.value().displayName() : p.candidateId.toString(QUuid::WithoutBraces),
                     labelOf(p.role));
        if (advisor != pool.value().cend() && p.countsTowardsCommitment()) {
            line += QStringLiteral(": ") + advisor->ledger(rule).summaryIso(QLocale());
        }
        if (p.voluntaryExtra) {
            line += tr(" (voluntary extra: %1)").arg(p.extraReason);
        }
        out << line << Qt::endl;
    }
    return Success;
}
