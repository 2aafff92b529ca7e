// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolCommands.h"

#include "AccreditedAdvisor.h"
#include "Activity.h"
#include "ActivityRemoval.h"
#include "Lookup.h"
#include "AvailabilitySearch.h"
#include "Candidate.h"
#include "Clock.h"
#include "DateOption.h"
#include "RecordJson.h"
#include "Store.h"
#include "FileSettings.h"
#include "Pool.h"
#include "Candidates.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

struct PoolCommandsText {
    Q_DECLARE_TR_FUNCTIONS(PoolCommands)
};

QString dates(const QDate& from, const QDate& to)
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
}

double weeks(int units)
{
    return double(units) / CommitmentLedger::kUnitsPerWeek;
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject advisorJson(const AccreditedAdvisor& a, WeekCounting rule, const QDate& today)
{
    const CommitmentLedger ledger = a.ledger(rule);
    QJsonArray unavailable;
    for (const Unavailability& u : a.unavailability) {
        unavailable.append(QJsonObject{{QStringLiteral("from"), dateJson(u.from)},
                                       {QStringLiteral("to"), dateJson(u.to)},
                                       {QStringLiteral("reason"), u.reason}});
    }
    return {{QStringLiteral("id"), a.candidate.meta.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("family_name"), a.candidate.familyName},
            {QStringLiteral("given_names"), a.candidate.givenNames},
            {QStringLiteral("region"), a.candidate.region ? QJsonValue(keyOf(*a.candidate.region)) : QJsonValue()},
            {QStringLiteral("state"), keyOf(a.state(today))},
            {QStringLiteral("accredited_on"), dateJson(a.accreditedOn)},
            {QStringLiteral("commitment_end"), dateJson(a.commitmentEnd())},
            {QStringLiteral("weeks_used"), weeks(ledger.committedUsedUnits())},
            {QStringLiteral("weeks_left"), weeks(ledger.leftUnits())},
            {QStringLiteral("weeks_voluntary_extra"), weeks(ledger.extraUnits())},
            {QStringLiteral("summary"), ledger.summaryIso(QLocale::c())},
            {QStringLiteral("leaves_pool_on"), dateJson(a.leavesWithin(today))},
            {QStringLiteral("unavailability"), unavailable}};
}

/// The activity a command-line argument names: its id, or words of its title that match
/// one activity only (a title matched whole wins over those that merely contain it).
Result<Activity> findActivity(const Store& store, const QString& argument)
{
    const auto activities = store.pool().activities();
    if (!activities.ok()) {
        return Result<Activity>(activities.error());
    }
    const QUuid id = QUuid::fromString(argument);
    const QString words = argument.trimmed();
    QList<Activity> matches;
    QList<Activity> whole;
    for (const Activity& a : activities.value()) {
        if (id.isNull() ? !words.isEmpty() && a.title.contains(words, Qt::CaseInsensitive) : a.meta.id == id) {
            matches.append(a);
        }
        if (id.isNull() && a.title.trimmed().compare(words, Qt::CaseInsensitive) == 0) {
            whole.append(a);
        }
    }
    if (whole.size() == 1) {
        return whole.constFirst();
    }
    if (matches.isEmpty()) {
        return Result<Activity>::failure(
            ErrorCode::NotFound,
            PoolCommandsText::tr("No activity matches \"%1\". Run \"activities FILE\" for the list.").arg(argument));
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const Activity& a : matches) {
            names.append(QString(a.title + QStringLiteral(", ") + dates(a.startDate, a.endDate) + QStringLiteral(" (") +
                                 a.meta.id.toString(QUuid::WithoutBraces) + QLatin1Char(')')));
        }
        return Result<Activity>::failure(ErrorCode::Invalid,
                                         PoolCommandsText::tr("\"%1\" matches several activities; give one of their "
                                                              "ids:\n%2")
                                             .arg(argument, names.join(QLatin1Char('\n'))));
    }
    return matches.constFirst();
}

}  // namespace

// activities ----------------------------------------------------------------------------

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

// activity-add --------------------------------------------------------------------------

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
    parser.addOption({QStringLiteral("participant"),
                      tr("Who takes part (id or name), and their role: %1 (co_facilitator when left out). "
                         "Repeat for several.")
                          .arg(keyList<ParticipantRole>()),
                      tr("CANDIDATE[:ROLE]")});
    parser.addOption({QStringLiteral("voluntary-extra"),
                      tr("Record as voluntary extra, with REASON, the part of any advisor that goes beyond the "
                         "twelve weeks of their commitment or outside its period; without it such a part is "
                         "refused."),
                      tr("REASON")});
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
    for (const QString& spec : parser.values(QStringLiteral("participant"))) {
        ActivityParticipant p;
        QString who = spec;
        const int colon = spec.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            if (const auto role = fromKey<ParticipantRole>(spec.mid(colon + 1))) {
                p.role = *role;
                who = spec.left(colon);
            } else {
                err << tr("\"%1\" is not a role; use one of: %2.").arg(spec.mid(colon + 1), keyList<ParticipantRole>())
                    << Qt::endl;
                return UsageError;
            }
        }
        const auto candidate = findCandidate(store, who);
        if (!candidate.ok()) {
            err << candidate.message() << Qt::endl;
            return Failure;
        }
        p.candidateId = candidate.value().meta.id;
        activity.participants.append(p);
    }
    const QString extraReason = parser.value(QStringLiteral("voluntary-extra")).trimmed();
    if (parser.isSet(QStringLiteral("voluntary-extra"))) {
        const auto issues = store.pool().assignmentIssues(activity);
        if (!issues.ok()) {
            err << issues.message() << Qt::endl;
            return Failure;
        }
        for (const AssignmentIssue& issue : issues.value()) {
            for (ActivityParticipant& p : activity.participants) {
                if (p.candidateId == issue.candidateId && issue.voluntaryExtraSettles()) {
                    p.voluntaryExtra = true;
                    p.extraReason = extraReason;
                }
            }
        }
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

// activity-remove -----------------------------------------------------------------------

ActivityRemoveCommand::ActivityRemoveCommand()
    : FileCommand(QStringLiteral("activity-remove"),
                  tr("Remove an activity and who took part in it (officers); refused once Stage 3 appraisals were "
                     "recorded for it."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("E-commerce and counterfeit medicines"),
                    QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void ActivityRemoveCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTIVITY"), tr("The activity (id or words of its title)."));
    parser.addOption({QStringLiteral("reason"),
                      tr("Why it is removed; required once it has begun with leads or co-facilitators, whose "
                         "commitment it counts in. Kept in the audit trail."),
                      tr("TEXT")});
}

int ActivityRemoveCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto activity = findActivity(store, parser.positionalArguments().at(1));
    if (!activity.ok()) {
        err << activity.message() << Qt::endl;
        return Failure;
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    const auto removal = store.pool().activityRemoval(activity.value().meta.id);
    if (!removal.ok()) {
        err << removal.message() << Qt::endl;
        return Failure;
    }
    if (!removal.value().refused() && removal.value().needsReason() && reason.trimmed().isEmpty()) {
        err << removal.value().reasonQuestion() << Qt::endl << tr("Give it with --reason TEXT.") << Qt::endl;
        return Failure;
    }
    // The store judges again inside its unit of work: what it refuses is what counts.
    const Status removed = store.pool().removeActivity(activity.value().meta.id, reason);
    if (!removed.ok()) {
        err << removed.message() << Qt::endl;
        return Failure;
    }
    out << tr("Removed \"%1\", %2.")
               .arg(activity.value().title, dates(activity.value().startDate, activity.value().endDate))
        << Qt::endl;
    return Success;
}

// pool ----------------------------------------------------------------------------------

PoolCommand::PoolCommand()
    : FileCommand(QStringLiteral("pool"), tr("List the accredited advisors with the weeks of their commitment."),
                  Store::Access::ReadOnly)
{
}

void PoolCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int PoolCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto pool = store.pool().advisors();
    if (!pool.ok()) {
        err << pool.message() << Qt::endl;
        return Failure;
    }
    const WeekCounting rule = store.settings().weekCounting();
    const QDate today = Clock::today();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccreditedAdvisor& a : pool.value()) {
            array.append(advisorJson(a, rule, today));
        }
        printJson(out, array);
        return Success;
    }
    const QLocale locale;
    TextTable table({tr("Name"), tr("Region"), tr("State"), tr("Accredited on"), tr("Commitment"), tr("Weeks left"),
                     tr("Leaves the pool"), tr("Unavailable")});
    int leaving = 0;
    for (const AccreditedAdvisor& a : pool.value()) {
        const CommitmentLedger ledger = a.ledger(rule);
        QStringList unavailable;
        for (const Unavailability& u : a.unavailability) {
            unavailable.append(tr("%1 (%2)").arg(dates(u.from, u.to), u.reason));
        }
        const QDate leaves = a.leavesWithin(today);
        leaving += leaves.isValid() ? 1 : 0;
        table.addRow({a.candidate.sortName(), a.candidate.region ? labelOf(*a.candidate.region) : QString(),
                      labelOf(a.state(today)), a.accreditedOn.toString(Qt::ISODate), ledger.summaryIso(locale),
                      CommitmentLedger::weeksText(ledger.leftUnits(), locale), leaves.toString(Qt::ISODate),
                      unavailable.join(QStringLiteral("; "))});
    }
    table.print(out);
    out << tr("%Ln advisor(s); weeks counted as: %1.", nullptr, int(pool.value().size())).arg(labelOf(rule))
        << Qt::endl;
    if (leaving > 0) {
        out << tr("%Ln leave(s) the pool in the next six months.", nullptr, leaving) << Qt::endl;
    }
    return Success;
}

// available -----------------------------------------------------------------------------

AvailableCommand::AvailableCommand()
    : FileCommand(QStringLiteral("available"),
                  tr("Find the accredited advisors free for planned dates, ranked by fit."), Store::Access::ReadOnly)
{
}

void AvailableCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), tr("First day of the planned activity, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the planned activity, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("language"), tr("Its working language."), tr("L")});
    parser.addOption({QStringLiteral("region"), tr("Where it takes place: %1.").arg(keyList<Region>()), tr("R")});
    parser.addOption({QStringLiteral("topic"), tr("A topic (repeat for several)."), tr("TOPIC")});
    parser.addOption({QStringLiteral("online"), tr("It takes place online.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of tables.")});
}

int AvailableCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, PlannedActivity& planned)
{
    planned.from = requiredDateOption(parser, QStringLiteral("from"), err);
    planned.to = requiredDateOption(parser, QStringLiteral("to"), err);
    if (!planned.from.isValid() || !planned.to.isValid()) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("region"))) {
        planned.region = fromKey<Region>(parser.value(QStringLiteral("region")));
        if (!planned.region) {
            err << tr("--region is one of: %1.").arg(keyList<Region>()) << Qt::endl;
            return UsageError;
        }
    }
    planned.language = parser.value(QStringLiteral("language"));
    planned.topics = parser.values(QStringLiteral("topic"));
    planned.mode = parser.isSet(QStringLiteral("online")) ? ActivityMode::Online : ActivityMode::OnSite;
    if (auto valid = AvailabilitySearch::validate(planned).toStatus(); !valid.ok()) {
        err << valid.message() << Qt::endl;
        return Failure;
    }
    return Success;
}

int AvailableCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    PlannedActivity planned;
    return readOptions(parser, err, planned);
}

int AvailableCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    PlannedActivity planned;
    readOptions(parser, err, planned);  // checkArguments made sure it succeeds
    const auto pool = store.pool().advisors();
    if (!pool.ok()) {
        err << pool.message() << Qt::endl;
        return Failure;
    }
    const AvailabilityResult result =
        AvailabilitySearch::run(planned, pool.value(), store.settings().weekCounting(), Clock::today());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray ranked;
        for (const AvailabilityMatch& m : result.ranked) {
            ranked.append(
                QJsonObject{{QStringLiteral("id"), m.advisor.candidate.meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), m.advisor.candidate.displayName()},
                            {QStringLiteral("score"), m.score},
                            {QStringLiteral("weeks_left"), weeks(m.leftUnits)},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}});
        }
        QJsonArray excluded;
        for (const AvailabilityExclusion& e : result.excluded) {
            excluded.append(
                QJsonObject{{QStringLiteral("id"), e.advisor.candidate.meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), e.advisor.candidate.displayName()},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)}});
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("available"), ranked}, {QStringLiteral("excluded"), excluded}})
                .toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    out << tr("Available, best fit first:") << Qt::endl;
    TextTable ranked({tr("#"), tr("Name"), tr("Score"), tr("Weeks left"), tr("Why")});
    for (int i = 0; i < result.ranked.size(); ++i) {
        const AvailabilityMatch& m = result.ranked.at(i);
        ranked.addRow({locale.toString(i + 1), m.advisor.candidate.sortName(), locale.toString(m.score),
                       CommitmentLedger::weeksText(m.leftUnits, locale), m.reasons.join(QLatin1Char(' '))});
    }
    ranked.print(out);
    out << Qt::endl << tr("Not available:") << Qt::endl;
    TextTable excluded({tr("Name"), tr("Why")});
    for (const AvailabilityExclusion& e : result.excluded) {
        excluded.addRow({e.advisor.candidate.sortName(), e.reasons.join(QLatin1Char(' '))});
    }
    excluded.print(out);
    out << tr("%1 available, %2 not.")
               .arg(locale.toString(result.ranked.size()), locale.toString(result.excluded.size()))
        << Qt::endl;
    return Success;
}
