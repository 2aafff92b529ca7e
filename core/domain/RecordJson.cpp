// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordJson.h"

#include "domain/Activity.h"
#include "domain/Unavailability.h"
#include "domain/Attachment.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString id(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

template<typename E>
QJsonValue key(const std::optional<E>& value)
{
    return value ? QJsonValue(keyOf(*value)) : QJsonValue(QJsonValue::Null);
}

void addMeta(QJsonObject& object, const RecordMeta& meta)
{
    object.insert(QStringLiteral("id"), id(meta.id));
    object.insert(QStringLiteral("row_version"), meta.rowVersion);
    object.insert(QStringLiteral("modified_at"), time(meta.modifiedAt));
    object.insert(QStringLiteral("modified_by"), meta.modifiedBy);
}

}  // namespace

QJsonObject RecordJson::toJson(const Candidate& c)
{
    QJsonObject o;
    addMeta(o, c.meta);
    o.insert(QStringLiteral("family_name"), c.familyName);
    o.insert(QStringLiteral("given_names"), c.givenNames);
    o.insert(QStringLiteral("gender"), keyOf(c.gender));
    o.insert(QStringLiteral("date_of_birth"), date(c.dateOfBirth));
    o.insert(QStringLiteral("nationality"), c.nationality);
    o.insert(QStringLiteral("administration"), c.administration);
    o.insert(QStringLiteral("region"), key(c.region));
    o.insert(QStringLiteral("position"), c.position);
    o.insert(QStringLiteral("email"), c.email);
    o.insert(QStringLiteral("phone"), c.phone);
    o.insert(QStringLiteral("education"), key(c.education));
    o.insert(QStringLiteral("years_in_customs"), c.yearsInCustoms);
    o.insert(QStringLiteral("years_in_public_administration"), c.yearsInPublicAdministration);
    o.insert(QStringLiteral("english_level"), key(c.englishLevel));
    QJsonArray languages;
    for (const auto& skill : c.otherLanguages) {
        languages.append(
            QJsonObject{{QStringLiteral("language"), skill.language}, {QStringLiteral("level"), keyOf(skill.level)}});
    }
    o.insert(QStringLiteral("other_languages"), languages);
    o.insert(QStringLiteral("ipr_experience"), c.iprExperience);
    o.insert(QStringLiteral("consent_to_keep_data"), c.consentToKeepData);
    o.insert(QStringLiteral("application_date"), date(c.applicationDate));
    o.insert(QStringLiteral("stage"), keyOf(c.stage));
    o.insert(QStringLiteral("archived_at"), time(c.archivedAt));
    o.insert(QStringLiteral("erased_at"), time(c.erasedAt));
    return o;
}

QJsonObject RecordJson::toJson(const Attachment& a)
{
    QJsonObject o;
    addMeta(o, a.meta);
    o.insert(QStringLiteral("candidate_id"), id(a.candidateId));
    o.insert(QStringLiteral("kind"), keyOf(a.kind));
    o.insert(QStringLiteral("file_name"), a.fileName);
    o.insert(QStringLiteral("media_type"), a.mediaType);
    o.insert(QStringLiteral("size"), qint64(a.content.size()));
    o.insert(QStringLiteral("sha256"), a.sha256());
    o.insert(QStringLiteral("added_at"), time(a.addedAt));
    return o;
}

QJsonObject RecordJson::toJson(const CompetenceProfile& p)
{
    QJsonObject o;
    addMeta(o, p.meta);
    o.insert(QStringLiteral("version"), p.version);
    o.insert(QStringLiteral("title"), p.title);
    o.insert(QStringLiteral("adopted_on"), date(p.adoptedOn));
    o.insert(QStringLiteral("counted_threshold_percent"), p.countedThresholdPercent);
    o.insert(QStringLiteral("counted_required"), p.countedRequired());
    QJsonArray groups;
    for (const auto& group : p.groups) {
        QJsonArray criteria;
        for (const auto& criterion : group.criteria) {
            criteria.append(QJsonObject{{QStringLiteral("key"), criterion.key},
                                        {QStringLiteral("name"), criterion.name},
                                        {QStringLiteral("kind"), keyOf(criterion.kind)}});
        }
        groups.append(QJsonObject{{QStringLiteral("key"), group.key},
                                  {QStringLiteral("name"), group.name},
                                  {QStringLiteral("criteria"), criteria}});
    }
    o.insert(QStringLiteral("groups"), groups);
    // The words of each rating, which every form and sheet shows beside the numbers.
    QJsonArray scale;
    for (const ScaleLevel& level : p.scale) {
        scale.append(QJsonObject{{QStringLiteral("rating"), level.rating},
                                 {QStringLiteral("label"), level.label},
                                 {QStringLiteral("descriptor"), level.descriptor}});
    }
    o.insert(QStringLiteral("scale"), scale);
    return o;
}

QJsonObject RecordJson::toJson(const Workshop& w)
{
    QJsonObject o;
    addMeta(o, w.meta);
    o.insert(QStringLiteral("title"), w.title);
    o.insert(QStringLiteral("region"), key(w.region));
    o.insert(QStringLiteral("venue"), w.venue);
    o.insert(QStringLiteral("start_date"), date(w.startDate));
    o.insert(QStringLiteral("end_date"), date(w.endDate()));
    o.insert(QStringLiteral("days"), w.days);
    o.insert(QStringLiteral("capacity"), w.capacity);
    o.insert(QStringLiteral("assessors"), QJsonArray::fromStringList(w.assessors));
    return o;
}

QJsonObject RecordJson::toJson(const Activity& a)
{
    QJsonObject o;
    addMeta(o, a.meta);
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("kind"), keyOf(a.kind));
    o.insert(QStringLiteral("mode"), keyOf(a.mode));
    o.insert(QStringLiteral("country"), a.country);
    o.insert(QStringLiteral("city"), a.city);
    o.insert(QStringLiteral("start_date"), date(a.startDate));
    o.insert(QStringLiteral("end_date"), date(a.endDate));
    o.insert(QStringLiteral("requesting_administration"), a.requestingAdministration);
    o.insert(QStringLiteral("language"), a.language);
    o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(a.topics));
    QJsonArray participants;
    for (const ActivityParticipant& p : a.participants) {
        QJsonObject part{{QStringLiteral("candidate_id"), id(p.candidateId)}, {QStringLiteral("role"), keyOf(p.role)}};
        if (p.voluntaryExtra) {
            part.insert(QStringLiteral("voluntary_extra"), true);
            part.insert(QStringLiteral("extra_reason"), p.extraReason);
        }
        participants.append(part);
    }
    o.insert(QStringLiteral("participants"), participants);
    return o;
}

QJsonObject RecordJson::toJson(const Unavailability& u)
{
    QJsonObject o;
    addMeta(o, u.meta);
    o.insert(QStringLiteral("candidate_id"), id(u.candidateId));
    o.insert(QStringLiteral("from"), date(u.from));
    o.insert(QStringLiteral("to"), date(u.to));
    o.insert(QStringLiteral("reason"), u.reason);
    return o;
}

QJsonObject RecordJson::toJson(const StageDecision& d)
{
    QJsonObject o;
    addMeta(o, d.meta);
    o.insert(QStringLiteral("candidate_id"), id(d.candidateId));
    o.insert(QStringLiteral("workshop_id"), d.workshopId.isNull() ? QJsonValue(QJsonValue::Null) : id(d.workshopId));
    o.insert(QStringLiteral("from"), keyOf(d.from));
    o.insert(QStringLiteral("to"), keyOf(d.to));
    o.insert(QStringLiteral("decided_by"), d.decidedBy);
    o.insert(QStringLiteral("decided_at"), time(d.decidedAt));
    o.insert(QStringLiteral("reason"), d.reason);
    o.insert(QStringLiteral("informed_on"), date(d.informedOn));
    o.insert(QStringLiteral("informed_by"), key(d.informedBy));
    if (!d.overrideReason.trimmed().isEmpty()) {
        o.insert(QStringLiteral("override_reason"), d.overrideReason);
    }
    if (d.effectiveOn.isValid()) {
        o.insert(QStringLiteral("effective_on"), date(d.effectiveOn));
    }
    if (d.isReversal()) {
        o.insert(QStringLiteral("reverses"), id(d.reversesId));
    }
    return o;
}

QJsonObject RecordJson::toJson(const Person& p)
{
    QJsonObject o;
    addMeta(o, p.meta);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("account"), p.account);
    o.insert(QStringLiteral("role"), keyOf(p.role));
    o.insert(QStringLiteral("administration"), p.administration);
    o.insert(QStringLiteral("email"), p.email);
    return o;
}

QJsonObject RecordJson::toJson(const Score& s)
{
    QJsonObject o;
    addMeta(o, s.meta);
    o.insert(QStringLiteral("reviewer_id"), id(s.reviewerId));
    o.insert(QStringLiteral("candidate_id"), id(s.candidateId));
    o.insert(QStringLiteral("criterion"), s.criterionKey);
    o.insert(QStringLiteral("profile_version"), s.profileVersion);
    o.insert(QStringLiteral("rating"), s.rating ? QJsonValue(*s.rating) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("comment"), s.comment);
    o.insert(QStringLiteral("evidence"), s.evidence);
    o.insert(QStringLiteral("submitted_at"), time(s.submittedAt));
    o.insert(QStringLiteral("updated_at"), time(s.updatedAt));
    return o;
}

QString RecordJson::compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
