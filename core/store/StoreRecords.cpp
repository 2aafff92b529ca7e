// The rest of Store's records: the competence profile, workshops, activities, stage
// decisions and attachments.
#include "Store.h"
#include "StoreChange.h"

#include "Activity.h"
#include "Attachment.h"
#include "SearchIndex.h"
#include "Candidate.h"
#include "CompetenceProfile.h"
#include "RecordJson.h"
#include "SqlError.h"

#include <QSqlError>
#include "StageDecision.h"
#include "StoreSql.h"
#include "Workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

void stamp(RecordMeta& meta, const Actor& actor)
{
    if (meta.id.isNull()) {
        meta.id = QUuid::createUuid();
    }
    meta.rowVersion += 1;
    meta.modifiedAt = QDateTime::currentDateTimeUtc();
    meta.modifiedBy = actor.label();
}

void bindMeta(QSqlQuery& q, const RecordMeta& meta, bool isUpdate = false)
{
    q.bindValue(QStringLiteral(":id"), idText(meta.id));
    q.bindValue(QStringLiteral(":row_version"), meta.rowVersion);
    q.bindValue(QStringLiteral(":modified_at"), timeText(meta.modifiedAt));
    q.bindValue(QStringLiteral(":modified_by"), meta.modifiedBy);
    if (isUpdate) {  // an INSERT has no such placeholder, and an unused binding fails the query
        q.bindValue(QStringLiteral(":read_version"), meta.rowVersion - 1);
    }
}

/// Runs an INSERT (new record) or version-checked UPDATE and says which failed how.
Status execSave(QSqlQuery& q, bool isNew, const QString& what)
{
    if (!q.exec()) {
        return sqlFailure(q.lastError(), Store::tr("Could not save %1.").arg(what));
    }
    if (!isNew && q.numRowsAffected() != 1) {
        return Status::failure(ErrorCode::Conflict,
                               Store::tr("%1 was changed or removed by someone else after you opened it. Your "
                                         "changes were not saved; reload and make them again.")
                                   .arg(what));
    }
    return Status::success();
}

Workshop readWorkshop(const QSqlQuery& q)
{
    Workshop w;
    w.meta = readMeta(q, 0, 8);
    w.title = q.value(1).toString();
    w.region = toKey<Region>(q.value(2));
    w.venue = q.value(3).toString();
    w.startDate = toDate(q.value(4));
    w.days = q.value(5).toInt();
    w.capacity = q.value(6).toInt();
    const QJsonArray assessors = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    for (const auto& assessor : assessors) {
        w.assessors.append(assessor.toString());
    }
    return w;
}

Activity readActivity(const QSqlQuery& q)
{
    Activity a;
    a.meta = readMeta(q, 0, 10);
    a.title = q.value(1).toString();
    a.kind = toKey<ActivityKind>(q.value(2), ActivityKind::CapacityBuilding);
    a.mode = toKey<ActivityMode>(q.value(3), ActivityMode::OnSite);
    a.country = q.value(4).toString();
    a.city = q.value(5).toString();
    a.startDate = toDate(q.value(6));
    a.endDate = toDate(q.value(7));
    a.requestingAdministration = q.value(8).toString();
    a.language = q.value(9).toString();
    return a;
}

StageDecision readDecision(const QSqlQuery& q)
{
    StageDecision d;
    d.meta = readMeta(q, 0, 10);
    d.candidateId = QUuid::fromString(q.value(1).toString());
    d.workshopId = q.isNull(2) ? QUuid() : QUuid::fromString(q.value(2).toString());
    d.from = toKey<Stage>(q.value(3), Stage::Applied);
    d.to = toKey<Stage>(q.value(4), Stage::Applied);
    d.decidedBy = q.value(5).toString();
    d.decidedAt = toTime(q.value(6));
    d.reason = q.value(7).toString();
    d.informedOn = toDate(q.value(8));
    d.informedBy = toKey<InformChannel>(q.value(9));
    return d;
}

Attachment readAttachment(const QSqlQuery& q)
{
    Attachment a;
    a.meta = readMeta(q, 0, 7);
    a.candidateId = QUuid::fromString(q.value(1).toString());
    a.kind = toKey<AttachmentKind>(q.value(2), AttachmentKind::Other);
    a.fileName = q.value(3).toString();
    a.mediaType = q.value(4).toString();
    a.addedAt = toTime(q.value(6));
    return a;
}

const QString kWorkshopColumns = QStringLiteral(
    "id, title, region, venue, start_date, days, capacity, assessors, row_version, modified_at, modified_by");
const QString kActivityColumns = QStringLiteral(
    "id, title, kind, mode, country, city, start_date, end_date, requesting_administration, language, "
    "row_version, modified_at, modified_by");
const QString kDecisionColumns = QStringLiteral(
    "id, candidate_id, workshop_id, from_stage, to_stage, decided_by, decided_at, reason, informed_on, informed_by, "
    "row_version, modified_at, modified_by");
const QString kAttachmentColumns = QStringLiteral(
    "id, candidate_id, kind, file_name, media_type, sha256, added_at, row_version, modified_at, modified_by");

template <typename T, typename Reader>
Result<QList<T>> readAll(const QString& connection, const QString& sql, const QVariantMap& bindings, Reader read,
                         const QString& failure)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return Result<QList<T>>(sqlError(q.lastError(), failure));
    }
    QList<T> list;
    while (q.next()) {
        list.append(read(q));
    }
    return list;
}

} // namespace

Status Store::insertProfile(const CompetenceProfile& source)
{
    if (auto valid = source.validate().toStatus(); !valid.ok()) {
        return valid;
    }
    CompetenceProfile profile = source;
    profile.meta.rowVersion = 0;
    stamp(profile.meta, m_actor);
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO competence_profile (id, version, title, adopted_on, "
                             "counted_threshold_percent, row_version, modified_at, modified_by) VALUES (:id, "
                             ":version, :title, :adopted_on, :threshold, :row_version, :modified_at, :modified_by)"));
    bindMeta(q, profile.meta);
    q.bindValue(QStringLiteral(":version"), profile.version);
    q.bindValue(QStringLiteral(":title"), text(profile.title));
    q.bindValue(QStringLiteral(":adopted_on"), dateValue(profile.adoptedOn));
    q.bindValue(QStringLiteral(":threshold"), profile.countedThresholdPercent);
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not save the competence profile."));
    }
    QSqlQuery group(db);
    group.prepare(QStringLiteral("INSERT INTO criterion_group (profile_id, position, key, name) "
                                 "VALUES (:profile, :position, :key, :name)"));
    QSqlQuery criterion(db);
    criterion.prepare(QStringLiteral("INSERT INTO criterion (profile_id, group_key, position, key, name, kind) "
                                     "VALUES (:profile, :group, :position, :key, :name, :kind)"));
    for (int g = 0; g < profile.groups.size(); ++g) {
        const CriterionGroup& source_group = profile.groups.at(g);
        group.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
        group.bindValue(QStringLiteral(":position"), g);
        group.bindValue(QStringLiteral(":key"), text(source_group.key));
        group.bindValue(QStringLiteral(":name"), text(source_group.name));
        if (!group.exec()) {
            return sqlFailure(group.lastError(), tr("Could not save the competence profile."));
        }
        for (int c = 0; c < source_group.criteria.size(); ++c) {
            const Criterion& item = source_group.criteria.at(c);
            criterion.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
            criterion.bindValue(QStringLiteral(":group"), text(source_group.key));
            criterion.bindValue(QStringLiteral(":position"), c);
            criterion.bindValue(QStringLiteral(":key"), text(item.key));
            criterion.bindValue(QStringLiteral(":name"), text(item.name));
            criterion.bindValue(QStringLiteral(":kind"), keyOf(item.kind));
            if (!criterion.exec()) {
                return sqlFailure(criterion.lastError(), tr("Could not save the competence profile."));
            }
        }
    }
    return Status::success();
}

Result<CompetenceProfile> Store::currentProfile() const
{
    using R = Result<CompetenceProfile>;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, version, title, adopted_on, counted_threshold_percent, row_version, "
                               "modified_at, modified_by FROM competence_profile ORDER BY version DESC LIMIT 1"))) {
        return R(sqlError(q.lastError(), tr("Could not read the competence profile.")));
    }
    if (!q.next()) {
        return R::failure(ErrorCode::NotFound, tr("The file holds no competence profile."));
    }
    CompetenceProfile p;
    p.meta = readMeta(q, 0, 5);
    p.version = q.value(1).toInt();
    p.title = q.value(2).toString();
    p.adoptedOn = toDate(q.value(3));
    p.countedThresholdPercent = q.value(4).toInt();
    q.finish();
    QSqlQuery items(db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT g.key, g.name, c.key, c.name, c.kind FROM criterion_group g "
                                 "JOIN criterion c ON c.profile_id = g.profile_id AND c.group_key = g.key "
                                 "WHERE g.profile_id = :id ORDER BY g.position, c.position"));
    items.bindValue(QStringLiteral(":id"), idText(p.meta.id));
    if (!items.exec()) {
        return R(sqlError(items.lastError(), tr("Could not read the competence profile.")));
    }
    while (items.next()) {
        const QString groupKey = items.value(0).toString();
        if (p.groups.isEmpty() || p.groups.last().key != groupKey) {
            p.groups.append({groupKey, items.value(1).toString(), {}});
        }
        p.groups.last().criteria.append({items.value(2).toString(), items.value(3).toString(),
                                         toKey<CriterionKind>(items.value(4), CriterionKind::Counted)});
    }
    return p;
}

Result<QList<Workshop>> Store::workshops() const
{
    return readAll<Workshop>(connection(),
                             QStringLiteral("SELECT ") + kWorkshopColumns +
                                 QStringLiteral(" FROM workshop ORDER BY start_date DESC, title"),
                             {}, readWorkshop, tr("Could not read the workshops."));
}

Result<Workshop> Store::saveWorkshop(const Workshop& edited)
{
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Workshop>(valid.error());
    }
    Workshop saved = edited;
    const Status status = write([&](Change& change) -> Status {
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored = readAll<Workshop>(
                connection(), QStringLiteral("SELECT ") + kWorkshopColumns + QStringLiteral(" FROM workshop WHERE id = :id"),
                {{QStringLiteral(":id"), idText(saved.meta.id)}}, readWorkshop, tr("Could not read the workshop."));
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
        }
        stamp(saved.meta, m_actor);
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(isNew ? QStringLiteral("INSERT INTO workshop (") + kWorkshopColumns +
                              QStringLiteral(") VALUES (:id, :title, :region, :venue, :start_date, :days, :capacity, "
                                             ":assessors, :row_version, :modified_at, :modified_by)")
                        : QStringLiteral("UPDATE workshop SET title = :title, region = :region, venue = :venue, "
                                         "start_date = :start_date, days = :days, capacity = :capacity, "
                                         "assessors = :assessors, row_version = :row_version, "
                                         "modified_at = :modified_at, modified_by = :modified_by "
                                         "WHERE id = :id AND row_version = :read_version"));
        bindMeta(q, saved.meta, !isNew);
        q.bindValue(QStringLiteral(":title"), text(saved.title));
        q.bindValue(QStringLiteral(":region"), keyValue(saved.region));
        q.bindValue(QStringLiteral(":venue"), text(saved.venue));
        q.bindValue(QStringLiteral(":start_date"), dateValue(saved.startDate));
        q.bindValue(QStringLiteral(":days"), saved.days);
        q.bindValue(QStringLiteral(":capacity"), saved.capacity);
        q.bindValue(QStringLiteral(":assessors"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(saved.assessors)).toJson(QJsonDocument::Compact)));
        if (auto done = execSave(q, isNew, tr("the workshop \"%1\"").arg(saved.title)); !done.ok()) {
            return done;
        }
        change.action = isNew ? QStringLiteral("workshop.create") : QStringLiteral("workshop.update");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(saved.meta.id);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Workshop>(status.error());
    }
    return saved;
}

Result<QList<Activity>> Store::activities() const
{
    return readAll<Activity>(connection(),
                             QStringLiteral("SELECT ") + kActivityColumns +
                                 QStringLiteral(" FROM activity ORDER BY start_date DESC, title"),
                             {}, readActivity, tr("Could not read the activities."));
}

Result<Activity> Store::saveActivity(const Activity& edited)
{
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Activity>(valid.error());
    }
    Activity saved = edited;
    const Status status = write([&](Change& change) -> Status {
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored = readAll<Activity>(
                connection(), QStringLiteral("SELECT ") + kActivityColumns + QStringLiteral(" FROM activity WHERE id = :id"),
                {{QStringLiteral(":id"), idText(saved.meta.id)}}, readActivity, tr("Could not read the activity."));
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
        }
        stamp(saved.meta, m_actor);
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(isNew ? QStringLiteral("INSERT INTO activity (") + kActivityColumns +
                              QStringLiteral(") VALUES (:id, :title, :kind, :mode, :country, :city, :start_date, "
                                             ":end_date, :requesting_administration, :language, :row_version, "
                                             ":modified_at, :modified_by)")
                        : QStringLiteral("UPDATE activity SET title = :title, kind = :kind, mode = :mode, "
                                         "country = :country, city = :city, start_date = :start_date, "
                                         "end_date = :end_date, requesting_administration = :requesting_administration, "
                                         "language = :language, row_version = :row_version, "
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
        if (auto done = execSave(q, isNew, tr("the activity \"%1\"").arg(saved.title)); !done.ok()) {
            return done;
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

Result<QList<StageDecision>> Store::decisions(const QUuid& candidateId) const
{
    return readAll<StageDecision>(connection(),
                                  QStringLiteral("SELECT ") + kDecisionColumns +
                                      QStringLiteral(" FROM stage_decision WHERE candidate_id = :id "
                                                     "ORDER BY decided_at, rowid"),
                                  {{QStringLiteral(":id"), idText(candidateId)}}, readDecision,
                                  tr("Could not read the candidate's decisions."));
}

Result<StageDecision> Store::recordDecision(const StageDecision& proposed)
{
    if (auto valid = proposed.validate().toStatus(); !valid.ok()) {
        return Result<StageDecision>(valid.error());
    }
    StageDecision saved = proposed;
    saved.meta = RecordMeta();
    const Status status = write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        QSqlQuery current(db);
        current.prepare(QStringLiteral("SELECT stage, family_name, given_names FROM candidate WHERE id = :id"));
        current.bindValue(QStringLiteral(":id"), idText(saved.candidateId));
        if (!current.exec()) {
            return sqlFailure(current.lastError(), tr("Could not read the candidate."));
        }
        if (!current.next()) {
            return Status::failure(ErrorCode::NotFound, tr("The candidate of this decision is not in the file."));
        }
        const Stage stage = toKey<Stage>(current.value(0), Stage::Applied);
        const QString name = current.value(2).toString() + QLatin1Char(' ') + current.value(1).toString();
        current.finish();
        if (stage != saved.from) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("%1 is now at \"%2\", not \"%3\": someone decided meanwhile. Reload and decide "
                                      "again.")
                                       .arg(name.trimmed(), labelOf(stage), labelOf(saved.from)));
        }
        stamp(saved.meta, m_actor);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO stage_decision (") + kDecisionColumns +
                       QStringLiteral(") VALUES (:id, :candidate_id, :workshop_id, :from_stage, :to_stage, "
                                      ":decided_by, :decided_at, :reason, :informed_on, :informed_by, :row_version, "
                                      ":modified_at, :modified_by)"));
        bindMeta(insert, saved.meta);
        insert.bindValue(QStringLiteral(":candidate_id"), idText(saved.candidateId));
        insert.bindValue(QStringLiteral(":workshop_id"), saved.workshopId.isNull()
                                                             ? QVariant(QMetaType::fromType<QString>())
                                                             : QVariant(idText(saved.workshopId)));
        insert.bindValue(QStringLiteral(":from_stage"), keyOf(saved.from));
        insert.bindValue(QStringLiteral(":to_stage"), keyOf(saved.to));
        insert.bindValue(QStringLiteral(":decided_by"), text(saved.decidedBy));
        insert.bindValue(QStringLiteral(":decided_at"), timeText(saved.decidedAt));
        insert.bindValue(QStringLiteral(":reason"), text(saved.reason));
        insert.bindValue(QStringLiteral(":informed_on"), dateValue(saved.informedOn));
        insert.bindValue(QStringLiteral(":informed_by"), keyValue(saved.informedBy));
        if (auto done = execSave(insert, true, tr("the decision")); !done.ok()) {
            return done;
        }
        QSqlQuery move(db);
        move.prepare(QStringLiteral("UPDATE candidate SET stage = :stage, row_version = row_version + 1, "
                                    "modified_at = :at, modified_by = :by WHERE id = :id"));
        move.bindValue(QStringLiteral(":stage"), keyOf(saved.to));
        move.bindValue(QStringLiteral(":at"), timeText(saved.meta.modifiedAt));
        move.bindValue(QStringLiteral(":by"), m_actor.label());
        move.bindValue(QStringLiteral(":id"), idText(saved.candidateId));
        if (!move.exec()) {
            return sqlFailure(move.lastError(), tr("Could not move the candidate."));
        }
        change.action = QStringLiteral("decision.record");
        change.entity = QStringLiteral("stage_decision");
        change.entityId = idText(saved.meta.id);
        change.subjectId = idText(saved.candidateId);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<StageDecision>(status.error());
    }
    return saved;
}

Result<QList<Attachment>> Store::attachments(const QUuid& candidateId) const
{
    return readAll<Attachment>(connection(),
                               QStringLiteral("SELECT ") + kAttachmentColumns +
                                   QStringLiteral(" FROM attachment WHERE candidate_id = :id ORDER BY added_at, rowid"),
                               {{QStringLiteral(":id"), idText(candidateId)}}, readAttachment,
                               tr("Could not read the candidate's documents."));
}

Result<QByteArray> Store::attachmentContent(const QUuid& attachmentId) const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.content FROM attachment a JOIN document d ON d.sha256 = a.sha256 "
                             "WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(attachmentId));
    if (!q.exec()) {
        return Result<QByteArray>(sqlError(q.lastError(), tr("Could not read the document.")));
    }
    if (!q.next()) {
        return Result<QByteArray>::failure(ErrorCode::NotFound, tr("The document is no longer in the file."));
    }
    return q.value(0).toByteArray();
}

Result<Attachment> Store::addAttachment(const Attachment& proposed)
{
    if (auto valid = proposed.validate().toStatus(); !valid.ok()) {
        return Result<Attachment>(valid.error());
    }
    Attachment saved = proposed;
    saved.meta = RecordMeta();
    if (!saved.addedAt.isValid()) {
        saved.addedAt = QDateTime::currentDateTimeUtc();
    }
    const QString hash = saved.sha256();
    const Status status = write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT file_name FROM attachment WHERE candidate_id = :c AND sha256 = :h"));
        existing.bindValue(QStringLiteral(":c"), idText(saved.candidateId));
        existing.bindValue(QStringLiteral(":h"), hash);
        if (!existing.exec()) {
            return sqlFailure(existing.lastError(), tr("Could not read the candidate's documents."));
        }
        if (existing.next()) {
            return Status::failure(ErrorCode::Invalid, tr("This document is already attached as \"%1\".")
                                                           .arg(existing.value(0).toString()));
        }
        existing.finish();
        QSqlQuery document(db);
        document.prepare(QStringLiteral("INSERT INTO document (sha256, size, content) VALUES (:h, :size, :content) "
                                        "ON CONFLICT (sha256) DO NOTHING"));
        document.bindValue(QStringLiteral(":h"), hash);
        document.bindValue(QStringLiteral(":size"), qint64(saved.content.size()));
        document.bindValue(QStringLiteral(":content"), saved.content);
        if (!document.exec()) {
            return sqlFailure(document.lastError(), tr("Could not store the document."));
        }
        stamp(saved.meta, m_actor);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO attachment (") + kAttachmentColumns +
                       QStringLiteral(") VALUES (:id, :candidate_id, :kind, :file_name, :media_type, :sha256, "
                                      ":added_at, :row_version, :modified_at, :modified_by)"));
        bindMeta(insert, saved.meta);
        insert.bindValue(QStringLiteral(":candidate_id"), idText(saved.candidateId));
        insert.bindValue(QStringLiteral(":kind"), keyOf(saved.kind));
        insert.bindValue(QStringLiteral(":file_name"), text(saved.fileName));
        insert.bindValue(QStringLiteral(":media_type"), text(saved.mediaType));
        insert.bindValue(QStringLiteral(":sha256"), hash);
        insert.bindValue(QStringLiteral(":added_at"), timeText(saved.addedAt));
        if (auto done = execSave(insert, true, tr("the document \"%1\"").arg(saved.fileName)); !done.ok()) {
            return done;
        }
        change.action = QStringLiteral("attachment.add");
        change.entity = QStringLiteral("attachment");
        change.entityId = idText(saved.meta.id);
        change.subjectId = idText(saved.candidateId);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Attachment>(status.error());
    }
    return saved;
}

Status Store::removeAttachment(const QUuid& attachmentId)
{
    return write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        const auto found = readAll<Attachment>(
            connection(), QStringLiteral("SELECT ") + kAttachmentColumns + QStringLiteral(" FROM attachment WHERE id = :id"),
            {{QStringLiteral(":id"), idText(attachmentId)}}, readAttachment, tr("Could not read the document."));
        if (!found.ok()) {
            return Status(found.error());
        }
        if (found.value().isEmpty()) {
            return Status::failure(ErrorCode::NotFound, tr("The document is no longer in the file."));
        }
        const Attachment attachment = found.value().first();
        QSqlQuery hash(db);
        hash.prepare(QStringLiteral("SELECT sha256 FROM attachment WHERE id = :id"));
        hash.bindValue(QStringLiteral(":id"), idText(attachmentId));
        if (!hash.exec() || !hash.next()) {
            return sqlFailure(hash.lastError(), tr("Could not read the document."));
        }
        const QString sha = hash.value(0).toString();
        hash.finish();
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM attachment WHERE id = :id"));
        remove.bindValue(QStringLiteral(":id"), idText(attachmentId));
        if (!remove.exec()) {
            return sqlFailure(remove.lastError(), tr("Could not remove the document."));
        }
        // secure_delete is on: the freed pages are overwritten, not left readable in the file.
        QSqlQuery orphan(db);
        orphan.prepare(QStringLiteral("DELETE FROM document WHERE sha256 = :sha AND NOT EXISTS "
                                      "(SELECT 1 FROM attachment WHERE sha256 = :sha2)"));
        orphan.bindValue(QStringLiteral(":sha"), sha);
        orphan.bindValue(QStringLiteral(":sha2"), sha);
        if (!orphan.exec()) {
            return sqlFailure(orphan.lastError(), tr("Could not remove the document."));
        }
        // Its text leaves the search with it (document_text goes by ON DELETE CASCADE).
        if (orphan.numRowsAffected() > 0) {
            if (auto forgotten = SearchIndex::indexDocument(db, sha, QString()); !forgotten.ok()) {
                return forgotten;
            }
        }
        change.action = QStringLiteral("attachment.remove");
        change.entity = QStringLiteral("attachment");
        change.entityId = idText(attachmentId);
        change.subjectId = idText(attachment.candidateId);
        change.before = RecordJson::toJson(attachment);
        change.before.insert(QStringLiteral("sha256"), sha);  // listed without content: name the real one
        change.before.remove(QStringLiteral("size"));
        return Status::success();
    });
}
