// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Pool.h"

#include "assessment/CandidateDisclosure.h"

#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "pool/ActivityRemoval.h"
#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/FreeText.h"
#include "domain/NameCollation.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "assessment/ScoringForm.h"
#include "domain/StageDecision.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"
#include "domain/Unavailability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kActivityColumns =
    QStringLiteral("id, title, kind, mode, country, city, start_date, end_date, requesting_administration, language, "
                   "row_version, modified_at, modified_by, topics");
const QString kUnavailabilityColumns =
    QStringLiteral("id, candidate_id, from_date, to_date, reason, row_version, modified_at, modified_by");

QStringList topicsFrom(const QVariant& value)
{
    QStringList topics;
    for (const auto& topic : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        topics.append(topic.toString());
    }
    return topics;
}

QString topicsText(const QStringList& topics)
{
    QStringList trimmed;
    for (const QString& topic : topics) {
        trimmed.append(topic.trimmed());
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(trimmed)).toJson(QJsonDocument::Compact));
}

Activity readActivity(const QSqlQuery& q)
{
    Activity a;
    a.meta = readMeta(q);
    a.title = q.value(u"title"_s).toString();
    a.kind = toKey<ActivityKind>(q.value(u"kind"_s), ActivityKind::CapacityBuilding);
    a.mode = toKey<ActivityMode>(q.value(u"mode"_s), ActivityMode::OnSite);
    a.country = q.value(u"country"_s).toString();
    a.city = q.value(u"city"_s).toString();
    a.startDate = toDate(q.value(u"start_date"_s));
    a.endDate = toDate(q.value(u"end_date"_s));
    a.requestingAdministration = q.value(u"requesting_administration"_s).toString();
    a.language = q.value(u"language"_s).toString();
    a.topics = topicsFrom(q.value(u"topics"_s));
    return a;
}

Unavailability readUnavailability(const QSqlQuery& q)
{
    Unavailability u;
    u.meta = readMeta(q);
    u.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    u.from = toDate(q.value(u"from_date"_s));
    u.to = toDate(q.value(u"to_date"_s));
    u.reason = q.value(u"reason"_s).toString();
    return u;
}

struct ParticipantRow {
    QUuid activityId;
    ActivityParticipant participant;
};

ParticipantRow readParticipant(const QSqlQuery& q)
{
    ParticipantRow row;
    row.activityId = QUuid::fromString(q.value(u"activity_id"_s).toString());
    row.participant.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    row.participant.role = toKey<ParticipantRole>(q.value(u"role"_s), ParticipantRole::CoFacilitator);
    row.participant.voluntaryExtra = q.value(u"voluntary_extra"_s).toInt() == 1;
    row.participant.extraReason = q.value(u"extra_reason"_s).toString();
    return row;
}

/// Reads activities (all, or the one `id`) with their participants.
Result<QList<Activity>> readActivities(const QString& connection, const QUuid& id = {})
{
    const QVariantMap bindings = id.isNull() ? QVariantMap() : QVariantMap{{QStringLiteral(":id"), idText(id)}};
    auto activities =
        readAll<Activity>(connection,
                          QStringLiteral("SELECT ") + kActivityColumns + QStringLiteral(" FROM activity") +
                              (id.isNull() ? QString() : QStringLiteral(" WHERE id = :id")) +
                              QStringLiteral(" ORDER BY start_date DESC, title"),
                          bindings, readActivity, Pool::tr("Could not read the activities."));
    if (!activities.ok()) {
        return activities;
    }
    const auto participants = readAll<ParticipantRow>(
        connection,
        QStringLiteral(
            "SELECT activity_id, candidate_id, role, voluntary_extra, extra_reason FROM activity_participant") +
            (id.isNull() ? QString() : QStringLiteral(" WHERE activity_id = :id")) +
            QStringLiteral(" ORDER BY activity_id, position"),
        bindings, readParticipant, Pool::tr("Could not read who took part in the activities."));
    if (!participants.ok()) {
        return Result<QList<Activity>>(participants.error());
    }
    QHash<QUuid, QList<ActivityParticipant>> byActivity;
    for (const ParticipantRow& row : participants.value()) {
        byActivity[row.activityId].append(row.participant);
    }
    QList<Activity> list = std::move(activities).value();
    for (Activity& activity : list) {
        activity.participants = byActivity.value(activity.meta.id);
    }
    return list;
}

/// How many Stage 3 appraisals name the activity: reviewers' scores and the officer's
/// consensus on its item of a candidate's form (ScoringForm::activityKey).
Result<int> appraisalsOf(const QString& connection, const QUuid& activityId)
{
    const QString key = ScoringForm::activityKey(activityId);
    const QString failure = Pool::tr("Could not read the appraisals of the activity.");
    auto q = exec(connection,
                  QStringLiteral("SELECT (SELECT count(*) FROM score WHERE criterion_key = :score_key) + "
                                 "(SELECT count(*) FROM consensus WHERE criterion_key = :consensus_key) AS n"),
                  {{QStringLiteral(":score_key"), key}, {QStringLiteral(":consensus_key"), key}}, failure);
    if (!q.ok()) {
        return Result<int>(q.error());
    }
    if (!q.value().next()) {
        return Result<int>(sqlError(q.value().lastError(), failure));
    }
    return q.value().value(u"n"_s).toInt();
}

/// The candidates whose Stage 3 appraisal in the activity has a score or a consensus.
Result<QSet<QUuid>> appraisedIn(const QString& connection, const QUuid& activityId)
{
    const QString key = ScoringForm::activityKey(activityId);
    auto q = exec(connection,
                  QStringLiteral("SELECT candidate_id FROM score WHERE criterion_key = :score_key UNION "
                                 "SELECT candidate_id FROM consensus WHERE criterion_key = :consensus_key"),
                  {{QStringLiteral(":score_key"), key}, {QStringLiteral(":consensus_key"), key}},
                  Pool::tr("Could not read the appraisals of the activity."));
    if (!q.ok()) {
        return Result<QSet<QUuid>>(q.error());
    }
    QSet<QUuid> appraised;
    while (q.value().next()) {
        appraised.insert(QUuid::fromString(q.value().value(u"candidate_id"_s).toString()));
    }
    return appraised;
}

/// The activity `id` and what removing it takes, read on `connection`.
Result<std::pair<Activity, ActivityRemoval>> removalOf(const QString& connection, const QUuid& id)
{
    using R = Result<std::pair<Activity, ActivityRemoval>>;
    const auto stored = readActivities(connection, id);
    if (!stored.ok()) {
        return R(stored.error());
    }
    if (stored.value().isEmpty()) {
        return R::failure(ErrorCode::NotFound,
                          Pool::tr("The activity is no longer in the file; someone may have removed it. Reload "
                                   "the list."));
    }
    const auto appraisals = appraisalsOf(connection, id);
    if (!appraisals.ok()) {
        return R(appraisals.error());
    }
    const Activity& activity = stored.value().constFirst();
    return std::make_pair(activity, ActivityRemoval::judge(activity, appraisals.value(), Clock::today()));
}

}  // namespace

Pool::Pool(Store& store)
    : m_store(store)
{
}

Result<QList<Activity>> Pool::activities() const
{
    return readActivities(m_store.connection());
}

Result<QList<AssignmentIssue>> Pool::assignmentIssues(const Activity& activity) const
{
    using R = Result<QList<AssignmentIssue>>;
    QList<AssignmentIssue> issues;
    bool anyCounts = false;
    for (const ActivityParticipant& p : activity.participants) {
        anyCounts = anyCounts || p.countsTowardsCommitment();
    }
    if (!anyCounts) {
        return issues;
    }
    const auto members = advisors();
    if (!members.ok()) {
        return R(members.error());
    }
    const WeekCounting rule = m_store.settings().weekCounting();
    const QDate today = Clock::today();
    for (const ActivityParticipant& p : activity.participants) {
        if (!p.countsTowardsCommitment()) {
            continue;
        }
        const auto advisor =
            std::find_if(members.value().cbegin(), members.value().cend(),
                         [&](const AccreditedAdvisor& a) { return a.candidate.meta.id == p.candidateId; });
        if (advisor == members.value().cend()) {
            const auto person = m_store.candidates().byId(p.candidateId);
            if (!person.ok()) {
                return R(person.error());
            }
            issues.append(AccreditedAdvisor::notAccredited(person.value()));
            continue;
        }
        if (auto issue = advisor->assignmentIssue(activity, rule, today)) {
            issues.append(*issue);
        }
    }
    return issues;
}

Result<Activity> Pool::saveActivity(const Activity& typed)
{
    Activity edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Activity>(valid.error());
    }
    Activity saved = edited;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        // Checked inside the unit of work, so that what is checked is what is committed.
        const auto issues = assignmentIssues(saved);
        if (!issues.ok()) {
            return Status(issues.error());
        }
        QStringList refusals;
        for (const AssignmentIssue& issue : issues.value()) {
            const ActivityParticipant* p = saved.participant(issue.candidateId);
            if (!issue.voluntaryExtraSettles() || !p || !p->voluntaryExtra) {
                refusals.append(issue.message);
            }
        }
        // Stage 3 is for those who passed the workshop (Pipeline::checkStage3Booking); judged
        // for whom this save adds as a Stage 3 candidate, so that an activity recorded while
        // they were in Stage 3 can still be edited once they have moved on.
        QSet<QUuid> bookedBefore;
        if (!saved.meta.isNew()) {
            const auto stored = readActivities(m_store.connection(), saved.meta.id);
            if (!stored.ok()) {
                return Status(stored.error());
            }
            for (const Activity& a : stored.value()) {
                for (const ActivityParticipant& p : a.participants) {
                    if (p.role == ParticipantRole::Stage3Candidate) {
                        bookedBefore.insert(p.candidateId);
                    }
                }
            }
        }
        for (const ActivityParticipant& p : saved.participants) {
            if (p.role != ParticipantRole::Stage3Candidate || bookedBefore.contains(p.candidateId)) {
                continue;
            }
            const auto who = m_store.candidates().byId(p.candidateId);
            if (!who.ok()) {
                return Status(who.error());
            }
            const auto history = m_store.decisions().of(p.candidateId);
            if (!history.ok()) {
                return Status(history.error());
            }
            if (auto allowed = Pipeline::checkStage3Booking(who.value().displayName(), history.value(),
                                                            who.value().stage, saved.startDate);
                !allowed.ok()) {
                refusals.append(allowed.message());
            }
        }
        if (!refusals.isEmpty()) {
            return Status::failure(ErrorCode::Refused, refusals.join(QLatin1Char('\n')));
        }
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored = readActivities(m_store.connection(), saved.meta.id);
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
            // A Stage 3 candidate whose appraisal in the activity was scored keeps their
            // place in it: dropped, the appraisal would leave their form while its scores stay.
            const auto appraised = appraisedIn(m_store.connection(), saved.meta.id);
            if (!appraised.ok()) {
                return Status(appraised.error());
            }
            for (const QUuid& candidateId : appraised.value()) {
                const ActivityParticipant* p = saved.participant(candidateId);
                if (p && p->role == ParticipantRole::Stage3Candidate) {
                    continue;
                }
                const auto who = m_store.candidates().byId(candidateId);
                refusals.append(tr("%1's Stage 3 appraisal in this activity has scores; they stay in it as a Stage 3 "
                                   "candidate. Correct the other details, or keep the activity as it is.")
                                    .arg(who.ok() ? who.value().displayName() : idText(candidateId)));
            }
            if (!refusals.isEmpty()) {
                return Status::failure(ErrorCode::Refused, refusals.join(QLatin1Char('\n')));
            }
        }
        stamp(saved.meta, m_store.actor());
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        QSqlQuery q(db);
        q.prepare(isNew
                      ? QStringLiteral("INSERT INTO activity (") + kActivityColumns +
                            QStringLiteral(") VALUES (:id, :title, :kind, :mode, :country, :city, :start_date, "
                                           ":end_date, :requesting_administration, :language, :row_version, "
                                           ":modified_at, :modified_by, :topics)")
                      : QStringLiteral("UPDATE activity SET title = :title, kind = :kind, mode = :mode, "
                                       "country = :country, city = :city, start_date = :start_date, "
                                       "end_date = :end_date, requesting_administration = :requesting_administration, "
                                       "language = :language, topics = :topics, row_version = :row_version, "
                                       "modified_at = :modified_at, modified_by = :modified_by "
                                       "WHERE id = :id AND row_version = :read_version"));
        bindMeta(q, saved.meta, !isNew);
        q.bindValue(QStringLiteral(":title"), text(saved.title));
        q.bindValue(QStringLiteral(":kind"), keyOf(saved.kind));
        q.bindValue(QStringLiteral(":mode"), keyOf(saved.mode));
        q.bindValue(QStringLiteral(":country"), text(saved.country));
        q.bindValue(QStringLiteral(":city"), text(saved.city));
        q.bindValue(QStringLiteral(":start_date"), dateValue(saved.startDate));
        q.bindValue(QStringLiteral(":end_date"), dateValue(saved.endDate));
        q.bindValue(QStringLiteral(":requesting_administration"), text(saved.requestingAdministration));
        q.bindValue(QStringLiteral(":language"), text(saved.language));
        q.bindValue(QStringLiteral(":topics"), topicsText(saved.topics));
        if (auto done = execSave(q, isNew, tr("the activity \"%1\"").arg(saved.title)); !done.ok()) {
            return done;
        }
        // The participants are the activity's own list: replaced whole with it.
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM activity_participant WHERE activity_id = :id"));
        clear.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
        if (!clear.exec()) {
            return sqlFailure(clear.lastError(), tr("Could not save who takes part in the activity."));
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO activity_participant (activity_id, candidate_id, position, role, "
                                      "voluntary_extra, extra_reason) VALUES (:activity, :candidate, :position, "
                                      ":role, :extra, :reason)"));
        for (int i = 0; i < saved.participants.size(); ++i) {
            ActivityParticipant& p = saved.participants[i];
            if (!p.voluntaryExtra) {
                p.extraReason.clear();
            }
            insert.bindValue(QStringLiteral(":activity"), idText(saved.meta.id));
            insert.bindValue(QStringLiteral(":candidate"), idText(p.candidateId));
            insert.bindValue(QStringLiteral(":position"), i);
            insert.bindValue(QStringLiteral(":role"), keyOf(p.role));
            insert.bindValue(QStringLiteral(":extra"), p.voluntaryExtra ? 1 : 0);
            insert.bindValue(QStringLiteral(":reason"), text(p.extraReason.trimmed()));
            if (!insert.exec()) {
                return sqlFailure(insert.lastError(), tr("Could not save who takes part in the activity."));
            }
        }
        change.action = isNew ? QStringLiteral("activity.create") : QStringLiteral("activity.update");
        change.entity = QStringLiteral("activity");
        change.entityId = idText(saved.meta.id);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Activity>(status.error());
    }
    return saved;
}

Result<ActivityRemoval> Pool::activityRemoval(const QUuid& id) const
{
    const auto removal = removalOf(m_store.connection(), id);
    if (!removal.ok()) {
        return Result<ActivityRemoval>(removal.error());
    }
    return removal.value().second;
}

Status Pool::removeActivity(const QUuid& id, const QString& reason)
{
    return m_store.write([&](Store::Change& change) -> Status {
        // Judged inside the unit of work, so that no appraisal recorded meanwhile is lost.
        const auto removal = removalOf(m_store.connection(), id);
        if (!removal.ok()) {
            return Status(removal.error());
        }
        if (auto allowed = removal.value().second.check(reason); !allowed.ok()) {
            return allowed;
        }
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        // Who took part goes with it; said here rather than left to ON DELETE CASCADE.
        QSqlQuery participants(db);
        participants.prepare(QStringLiteral("DELETE FROM activity_participant WHERE activity_id = :id"));
        participants.bindValue(QStringLiteral(":id"), idText(id));
        if (!participants.exec()) {
            return sqlFailure(participants.lastError(), tr("Could not remove who took part in the activity."));
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM activity WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), idText(id));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not remove the activity."));
        }
        change.action = QStringLiteral("activity.remove");
        change.entity = QStringLiteral("activity");
        change.entityId = idText(id);
        change.before = RecordJson::toJson(removal.value().first);
        if (!reason.trimmed().isEmpty()) {
            change.after = {{QStringLiteral("reason"), reason.trimmed()}};
        }
        return Status::success();
    });
}

namespace {

/// The pool's members as the decisions make them (AccreditedAdvisor::takeMembershipFrom),
/// by candidate, without their candidate record, activities or unavailability yet.
QHash<QUuid, AccreditedAdvisor> membersFrom(const QList<StageDecision>& decisions)
{
    QHash<QUuid, QList<StageDecision>> byCandidate;
    for (const StageDecision& d : decisions) {
        byCandidate[d.candidateId].append(d);
    }
    QHash<QUuid, AccreditedAdvisor> members;
    for (auto it = byCandidate.cbegin(); it != byCandidate.cend(); ++it) {
        AccreditedAdvisor advisor;
        if (advisor.takeMembershipFrom(it.value())) {
            members.insert(it.key(), advisor);
        }
    }
    return members;
}

}  // namespace

Result<QHash<QUuid, QDate>> Pool::accreditationDates() const
{
    using R = Result<QHash<QUuid, QDate>>;
    const auto decisions = m_store.decisions().all();
    if (!decisions.ok()) {
        return R(decisions.error());
    }
    QHash<QUuid, QDate> dates;
    const QHash<QUuid, AccreditedAdvisor> members = membersFrom(decisions.value());
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        dates.insert(it.key(), it->accreditedOn);
    }
    return dates;
}

Result<QList<AccreditedAdvisor>> Pool::advisors() const
{
    using R = Result<QList<AccreditedAdvisor>>;
    const auto decisions = m_store.decisions().all();
    if (!decisions.ok()) {
        return R(decisions.error());
    }
    // Membership is decided once, from the standing decisions: an accreditation reversed
    // or judged wrong since, a withdrawal, a retirement or the end of the commitment all
    // show here, and so on every path that reads the pool.
    QHash<QUuid, AccreditedAdvisor> advisors = membersFrom(decisions.value());
    // A reviewer sees the advisors they see as candidates, as they see them: without contact
    // details, under their code in an anonymised round (CandidateDisclosure).
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return R(disclosure.error());
    }
    advisors.removeIf([&](const auto& member) { return !disclosure.value().sees(member.key()); });
    for (auto it = advisors.begin(); it != advisors.end(); ++it) {
        auto person = m_store.candidates().byId(it.key());
        if (!person.ok()) {
            return R(person.error());
        }
        it->candidate = std::move(person).value();
    }
    {
        auto taken =
            exec(m_store.connection(),
                 QStringLiteral("SELECT p.candidate_id AS candidate_id, a.id AS activity_id, a.title AS title, "
                                "a.start_date AS start_date, a.end_date AS end_date, a.mode AS mode, "
                                "p.role AS role, p.voluntary_extra AS voluntary_extra, a.topics AS topics "
                                "FROM activity_participant p JOIN activity a ON a.id = p.activity_id "
                                "ORDER BY a.start_date"),
                 {}, tr("Could not read who took part in the activities."));
        if (!taken.ok()) {
            return R(taken.error());
        }
        QSqlQuery& q = taken.value();
        while (q.next()) {
            const auto found = advisors.find(QUuid::fromString(q.value(u"candidate_id"_s).toString()));
            if (found == advisors.end()) {
                continue;
            }
            Assignment a;
            a.activityId = QUuid::fromString(q.value(u"activity_id"_s).toString());
            a.title = q.value(u"title"_s).toString();
            a.from = toDate(q.value(u"start_date"_s));
            a.to = toDate(q.value(u"end_date"_s));
            a.mode = toKey<ActivityMode>(q.value(u"mode"_s), ActivityMode::OnSite);
            a.role = toKey<ParticipantRole>(q.value(u"role"_s), ParticipantRole::CoFacilitator);
            a.voluntaryExtra = q.value(u"voluntary_extra"_s).toInt() == 1;
            a.topics = topicsFrom(q.value(u"topics"_s));
            found->assignments.append(a);
        }
    }
    const auto periods = unavailability();
    if (!periods.ok()) {
        return R(periods.error());
    }
    for (const Unavailability& u : periods.value()) {
        const auto found = advisors.find(u.candidateId);
        if (found != advisors.end()) {
            found->unavailability.append(u);
        }
    }
    QList<AccreditedAdvisor> list = advisors.values();
    NameCollation().sort(list, [](const AccreditedAdvisor& a) {
        return NameCollation::personText(a.candidate.familyName, a.candidate.givenNames);
    });
    return list;
}

Result<QList<Unavailability>> Pool::unavailability(const QUuid& candidateId) const
{
    return readAll<Unavailability>(
        m_store.connection(),
        QStringLiteral("SELECT ") + kUnavailabilityColumns + QStringLiteral(" FROM unavailability") +
            (candidateId.isNull() ? QString() : QStringLiteral(" WHERE candidate_id = :id")) +
            QStringLiteral(" ORDER BY from_date, to_date"),
        candidateId.isNull() ? QVariantMap() : QVariantMap{{QStringLiteral(":id"), idText(candidateId)}},
        readUnavailability, tr("Could not read the periods of unavailability."));
}

Result<Unavailability> Pool::saveUnavailability(const Unavailability& typed)
{
    Unavailability edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Unavailability>(valid.error());
    }
    Unavailability saved = edited;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored =
                readAll<Unavailability>(m_store.connection(),
                                        QStringLiteral("SELECT ") + kUnavailabilityColumns +
                                            QStringLiteral(" FROM unavailability WHERE id = :id"),
                                        {{QStringLiteral(":id"), idText(saved.meta.id)}}, readUnavailability,
                                        tr("Could not read the period of unavailability."));
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
        }
        stamp(saved.meta, m_store.actor());
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(isNew ? QStringLiteral("INSERT INTO unavailability (") + kUnavailabilityColumns +
                              QStringLiteral(") VALUES (:id, :candidate_id, :from_date, :to_date, :reason, "
                                             ":row_version, :modified_at, :modified_by)")
                        : QStringLiteral("UPDATE unavailability SET candidate_id = :candidate_id, "
                                         "from_date = :from_date, to_date = :to_date, reason = :reason, "
                                         "row_version = :row_version, modified_at = :modified_at, "
                                         "modified_by = :modified_by WHERE id = :id AND row_version = :read_version"));
        bindMeta(q, saved.meta, !isNew);
        q.bindValue(QStringLiteral(":candidate_id"), idText(saved.candidateId));
        q.bindValue(QStringLiteral(":from_date"), dateValue(saved.from));
        q.bindValue(QStringLiteral(":to_date"), dateValue(saved.to));
        q.bindValue(QStringLiteral(":reason"), saved.reason.trimmed());
        if (auto done = execSave(q, isNew, tr("the period of unavailability")); !done.ok()) {
            return done;
        }
        change.action = isNew ? QStringLiteral("unavailability.create") : QStringLiteral("unavailability.update");
        change.entity = QStringLiteral("unavailability");
        change.entityId = idText(saved.meta.id);
        change.subjectId = idText(saved.candidateId);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Unavailability>(status.error());
    }
    return saved;
}

Status Pool::removeUnavailability(const QUuid& id)
{
    return m_store.write([&](Store::Change& change) -> Status {
        const auto stored = readAll<Unavailability>(m_store.connection(),
                                                    QStringLiteral("SELECT ") + kUnavailabilityColumns +
                                                        QStringLiteral(" FROM unavailability WHERE id = :id"),
                                                    {{QStringLiteral(":id"), idText(id)}}, readUnavailability,
                                                    tr("Could not read the period of unavailability."));
        if (!stored.ok()) {
            return Status(stored.error());
        }
        if (stored.value().isEmpty()) {
            return Status::failure(ErrorCode::NotFound, tr("The period of unavailability is no longer in the file."));
        }
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(QStringLiteral("DELETE FROM unavailability WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), idText(id));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not remove the period of unavailability."));
        }
        change.action = QStringLiteral("unavailability.remove");
        change.entity = QStringLiteral("unavailability");
        change.entityId = idText(id);
        change.subjectId = idText(stored.value().first().candidateId);
        change.before = RecordJson::toJson(stored.value().first());
        return Status::success();
    });
}
