// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of Store's records: the competence profile, workshops, activities, stage
// decisions and attachments.
#include "FreeText.h"
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "Activity.h"
#include "Attachment.h"
#include "SearchIndex.h"
#include "Candidate.h"
#include "CompetenceProfile.h"
#include "RecordJson.h"
#include "ScoringForm.h"
#include "DocumentBytes.h"
#include "SqlError.h"

#include <QSqlError>
#include "StageDecision.h"
#include "StoreSql.h"
#include "StoreWriteSql.h"
#include "Workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

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
const QString kAttachmentColumns = QStringLiteral(
    "id, candidate_id, kind, file_name, media_type, sha256, added_at, row_version, modified_at, modified_by");

}  // namespace

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
    QSqlQuery level(db);
    level.prepare(QStringLiteral("INSERT INTO scale_level (profile_id, rating, label, descriptor) "
                                 "VALUES (:profile, :rating, :label, :descriptor)"));
    for (const ScaleLevel& item : profile.scale) {
        level.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
        level.bindValue(QStringLiteral(":rating"), item.rating);
        level.bindValue(QStringLiteral(":label"), text(item.label));
        level.bindValue(QStringLiteral(":descriptor"), text(item.descriptor));
        if (!level.exec()) {
            return sqlFailure(level.lastError(), tr("Could not save the competence profile."));
        }
    }
    return Status::success();
}

Result<QList<Workshop>> Store::workshops() const
{
    return readAll<Workshop>(connection(),
                             QStringLiteral("SELECT ") + kWorkshopColumns +
                                 QStringLiteral(" FROM workshop ORDER BY start_date DESC, title"),
                             {}, readWorkshop, tr("Could not read the workshops."));
}

Result<Workshop> Store::saveWorkshop(const Workshop& typed)
{
    Workshop edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Workshop>(valid.error());
    }
    Workshop saved = edited;
    const Status status = write([&](Change& change) -> Status {
        const bool isNew = saved.meta.isNew();
        if (!isNew) {
            const auto stored = readAll<Workshop>(
                connection(),
                QStringLiteral("SELECT ") + kWorkshopColumns + QStringLiteral(" FROM workshop WHERE id = :id"),
                {{QStringLiteral(":id"), idText(saved.meta.id)}}, readWorkshop, tr("Could not read the workshop."));
            if (stored.ok() && !stored.value().isEmpty()) {
                change.before = RecordJson::toJson(stored.value().first());
            }
            QSqlQuery seats(QSqlDatabase::database(connection(), false));
            seats.prepare(QStringLiteral("SELECT count(*) FROM enrolment WHERE workshop_id = :id"));
            seats.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
            if (!seats.exec() || !seats.next()) {
                return sqlFailure(seats.lastError(), tr("Could not count the workshop's seats."));
            }
            if (const int taken = seats.value(0).toInt(); saved.capacity < taken) {
                return Status::failure(ErrorCode::Refused,
                                       tr("%n participant(s) hold a seat in \"%1\"; the capacity cannot be less. "
                                          "Hand seats back first (waitlist or withdraw, with a reason).",
                                          nullptr, taken)
                                           .arg(saved.title));
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
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(saved.assessors)).toJson(QJsonDocument::Compact)));
        if (auto done = execSave(q, isNew, tr("the workshop \"%1\"").arg(saved.title)); !done.ok()) {
            return done;
        }
        if (isNew) {  // a new workshop is assessed on the usual criteria until the officer changes them
            QSqlQuery criterion(QSqlDatabase::database(connection(), false));
            criterion.prepare(QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name, "
                                             "description) VALUES (:workshop, :position, :key, :name, :description)"));
            const QList<Criterion> defaults = ScoringForm::defaultWorkshopCriteria();
            for (int i = 0; i < defaults.size(); ++i) {
                criterion.bindValue(QStringLiteral(":workshop"), idText(saved.meta.id));
                criterion.bindValue(QStringLiteral(":position"), i);
                criterion.bindValue(QStringLiteral(":key"), defaults.at(i).key);
                criterion.bindValue(QStringLiteral(":name"), defaults.at(i).name);
                criterion.bindValue(QStringLiteral(":description"), defaults.at(i).description);
                if (!criterion.exec()) {
                    return sqlFailure(criterion.lastError(), tr("Could not save the workshop's criteria."));
                }
            }
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
    q.prepare(QStringLiteral("SELECT a.sha256, a.file_name FROM attachment a WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(attachmentId));
    if (!q.exec()) {
        return Result<QByteArray>(sqlError(q.lastError(), tr("Could not read the document.")));
    }
    if (!q.next()) {
        return Result<QByteArray>::failure(ErrorCode::NotFound, tr("The document is no longer in the file."));
    }
    const QString sha256 = q.value(0).toString();
    const QString fileName = q.value(1).toString();
    q.finish();
    return DocumentBytes::read(connection(), sha256, fileName);
}

Result<Attachment> Store::addAttachment(const Attachment& proposed)
{
    if (auto valid = proposed.validate().toStatus(); !valid.ok()) {
        return Result<Attachment>(valid.error());
    }
    Attachment saved = proposed;
    saved.meta = RecordMeta();
    if (!saved.addedAt.isValid()) {
        saved.addedAt = Clock::nowUtc();
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
            return Status::failure(
                ErrorCode::Invalid,
                tr("This document is already attached as \"%1\".").arg(existing.value(0).toString()));
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
            connection(),
            QStringLiteral("SELECT ") + kAttachmentColumns + QStringLiteral(" FROM attachment WHERE id = :id"),
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
            if (auto forgotten = SearchIndex::forgetDocument(db, sha); !forgotten.ok()) {
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
