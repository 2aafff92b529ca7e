// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditSentence.h"

#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/Person.h"
#include "domain/Vocabulary.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/People.h"
#include "store/Pool.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace {

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString normalId(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? id : uuid.toString(QUuid::WithoutBraces);
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

template<typename E>
QString labelFor(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? labelOf(*value) : key;
}

/// The entry's two ids when it is "first/second" (an assignment: candidate/reviewer).
QString part(const QString& entityId, int index)
{
    return entityId.section(QLatin1Char('/'), index, index);
}

/// The fields' labels, in the order the field table lists them.
const QList<QPair<QString, const char*>>& fieldLabels()
{
    static const QList<QPair<QString, const char*>> labels = {
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("AuditSentence", "Family name")},
        {QStringLiteral("given_names"), QT_TRANSLATE_NOOP("AuditSentence", "Given names")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("AuditSentence", "Gender")},
        {QStringLiteral("date_of_birth"), QT_TRANSLATE_NOOP("AuditSentence", "Date of birth")},
        {QStringLiteral("nationality"), QT_TRANSLATE_NOOP("AuditSentence", "Nationality")},
        {QStringLiteral("administration"), QT_TRANSLATE_NOOP("AuditSentence", "Administration")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("AuditSentence", "Region")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("AuditSentence", "Position")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("AuditSentence", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditSentence", "Phone")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("AuditSentence", "Education")},
        {QStringLiteral("years_in_customs"), QT_TRANSLATE_NOOP("AuditSentence", "Years in Customs")},
        {QStringLiteral("years_in_public_administration"),
         QT_TRANSLATE_NOOP("AuditSentence", "Years in public administration")},
        {QStringLiteral("english_level"), QT_TRANSLATE_NOOP("AuditSentence", "English")},
        {QStringLiteral("other_languages"), QT_TRANSLATE_NOOP("AuditSentence", "Other languages")},
        {QStringLiteral("ipr_experience"), QT_TRANSLATE_NOOP("AuditSentence", "IPR experience")},
        {QStringLiteral("consent_to_keep_data"), QT_TRANSLATE_NOOP("AuditSentence", "Consent to keep the data")},
        {QStringLiteral("application_date"), QT_TRANSLATE_NOOP("AuditSentence", "Applied on")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("AuditSentence", "Stage")},
        {QStringLiteral("archived_at"), QT_TRANSLATE_NOOP("AuditSentence", "Archived")},
        {QStringLiteral("erased_at"), QT_TRANSLATE_NOOP("AuditSentence", "Erased")},
        {QStringLiteral("candidate_id"), QT_TRANSLATE_NOOP("AuditSentence", "Candidate")},
        {QStringLiteral("other_id"), QT_TRANSLATE_NOOP("AuditSentence", "Same person as")},
        {QStringLiteral("linked_to"), QT_TRANSLATE_NOOP("AuditSentence", "Same person as")},
        {QStringLiteral("workshop_id"), QT_TRANSLATE_NOOP("AuditSentence", "Workshop")},
        {QStringLiteral("reviewer_id"), QT_TRANSLATE_NOOP("AuditSentence", "Reviewer")},
        {QStringLiteral("reviewer"), QT_TRANSLATE_NOOP("AuditSentence", "Reviewer")},
        {QStringLiteral("reverses"), QT_TRANSLATE_NOOP("AuditSentence", "Reverses")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditSentence", "Kind")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("AuditSentence", "File name")},
        {QStringLiteral("media_type"), QT_TRANSLATE_NOOP("AuditSentence", "Type")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("AuditSentence", "Size in bytes")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("AuditSentence", "Fingerprint (SHA-256)")},
        {QStringLiteral("added_at"), QT_TRANSLATE_NOOP("AuditSentence", "Added")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("AuditSentence", "Title")},
        {QStringLiteral("venue"), QT_TRANSLATE_NOOP("AuditSentence", "Venue")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("AuditSentence", "Starts")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("AuditSentence", "Ends")},
        {QStringLiteral("days"), QT_TRANSLATE_NOOP("AuditSentence", "Days")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("AuditSentence", "Seats")},
        {QStringLiteral("assessors"), QT_TRANSLATE_NOOP("AuditSentence", "Assessors")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("AuditSentence", "Mode")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("AuditSentence", "Country")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("AuditSentence", "City")},
        {QStringLiteral("requesting_administration"), QT_TRANSLATE_NOOP("AuditSentence", "Requested by")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("AuditSentence", "Language")},
        {QStringLiteral("topics"), QT_TRANSLATE_NOOP("AuditSentence", "Topics")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("AuditSentence", "Participants")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("AuditSentence", "From")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("AuditSentence", "To")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditSentence", "Reason")},
        {QStringLiteral("decided_by"), QT_TRANSLATE_NOOP("AuditSentence", "Decided by")},
        {QStringLiteral("decided_at"), QT_TRANSLATE_NOOP("AuditSentence", "Decided")},
        {QStringLiteral("informed_on"), QT_TRANSLATE_NOOP("AuditSentence", "Informed on")},
        {QStringLiteral("informed_by"), QT_TRANSLATE_NOOP("AuditSentence", "Informed by")},
        {QStringLiteral("override_reason"), QT_TRANSLATE_NOOP("AuditSentence", "Reason for the override")},
        {QStringLiteral("effective_on"), QT_TRANSLATE_NOOP("AuditSentence", "Effective on")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditSentence", "Name")},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("AuditSentence", "Account")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditSentence", "Role")},
        {QStringLiteral("criterion"), QT_TRANSLATE_NOOP("AuditSentence", "Criterion")},
        {QStringLiteral("criteria"), QT_TRANSLATE_NOOP("AuditSentence", "Criteria")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("AuditSentence", "Rating")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("AuditSentence", "Comment")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditSentence", "Note")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("AuditSentence", "Step")},
        {QStringLiteral("passed"), QT_TRANSLATE_NOOP("AuditSentence", "Passed")},
        {QStringLiteral("uninformed"), QT_TRANSLATE_NOOP("AuditSentence", "Still to inform")},
        {QStringLiteral("hard_requirements_met"), QT_TRANSLATE_NOOP("AuditSentence", "Hard requirements met")},
        {QStringLiteral("counted_met"), QT_TRANSLATE_NOOP("AuditSentence", "Counted criteria met")},
        {QStringLiteral("counted_total"), QT_TRANSLATE_NOOP("AuditSentence", "Counted criteria")},
        {QStringLiteral("counted_threshold_percent"),
         QT_TRANSLATE_NOOP("AuditSentence", "Share of counted criteria to meet (%)")},
        {QStringLiteral("given_on"), QT_TRANSLATE_NOOP("AuditSentence", "Given on")},
        {QStringLiteral("how"), QT_TRANSLATE_NOOP("AuditSentence", "How")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("AuditSentence", "Decisions")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("AuditSentence", "Applications")},
        {QStringLiteral("candidates"), QT_TRANSLATE_NOOP("AuditSentence", "Candidates")},
        {QStringLiteral("added"), QT_TRANSLATE_NOOP("AuditSentence", "Assignments added")},
        {QStringLiteral("per_reviewer_limit"), QT_TRANSLATE_NOOP("AuditSentence", "Most candidates per reviewer")},
        {QStringLiteral("per_candidate"), QT_TRANSLATE_NOOP("AuditSentence", "Reviewers per candidate")},
        {QStringLiteral("conflict_reason"), QT_TRANSLATE_NOOP("AuditSentence", "Conflict of interest")},
        {QStringLiteral("revision"), QT_TRANSLATE_NOOP("AuditSentence", "Revision")},
        {QStringLiteral("scores_in_file"), QT_TRANSLATE_NOOP("AuditSentence", "Scores in the file")},
        {QStringLiteral("scores_changed"), QT_TRANSLATE_NOOP("AuditSentence", "Scores changed")},
        {QStringLiteral("conflicts_declared"), QT_TRANSLATE_NOOP("AuditSentence", "Conflicts declared")},
        {QStringLiteral("assignments_removed"), QT_TRANSLATE_NOOP("AuditSentence", "Assignments removed")},
        {QStringLiteral("retention_years"), QT_TRANSLATE_NOOP("AuditSentence", "Years the records are kept")},
        {QStringLiteral("backups_to_keep"), QT_TRANSLATE_NOOP("AuditSentence", "Daily backups kept")},
        {QStringLiteral("week_counting"), QT_TRANSLATE_NOOP("AuditSentence", "Week counting")},
        {QStringLiteral("signatory_name"), QT_TRANSLATE_NOOP("AuditSentence", "Signed by")},
        {QStringLiteral("signatory_title"), QT_TRANSLATE_NOOP("AuditSentence", "Signatory's title")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("AuditSentence", "Decision")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("AuditSentence", "Subject")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("AuditSentence", "Text")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("AuditSentence", "File format")},
        {QStringLiteral("restored_from"), QT_TRANSLATE_NOOP("AuditSentence", "Restored from")},
        {QStringLiteral("documents"), QT_TRANSLATE_NOOP("AuditSentence", "Documents")},
        {QStringLiteral("extractor_version"), QT_TRANSLATE_NOOP("AuditSentence", "Reader version")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("AuditSentence", "Person")},
        {QStringLiteral("machine"), QT_TRANSLATE_NOOP("AuditSentence", "Computer")},
        {QStringLiteral("since"), QT_TRANSLATE_NOOP("AuditSentence", "Since")},
        {QStringLiteral("heartbeat"), QT_TRANSLATE_NOOP("AuditSentence", "Last sign of life")},
        {QStringLiteral("audit_redacted_from"), QT_TRANSLATE_NOOP("AuditSentence", "Entries redacted from")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("AuditSentence", "Version")},
        {QStringLiteral("adopted_on"), QT_TRANSLATE_NOOP("AuditSentence", "Adopted on")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("AuditSentence", "Evidence")},
    };
    return labels;
}

/// Fields that say when and by whom a row was saved: the entry says it already.
bool isBookkeeping(const QString& field)
{
    static const QSet<QString> fields = {QStringLiteral("id"), QStringLiteral("row_version"),
                                         QStringLiteral("modified_at"), QStringLiteral("modified_by")};
    return fields.contains(field);
}

}  // namespace

// ---- AuditNames ----------------------------------------------------------------------

Result<AuditNames> AuditNames::read(const Store& store, const QList<AuditEntry>& trail)
{
    AuditNames names;
    // What the trail says first (records removed since), then what the file holds now.
    for (const AuditEntry& entry : trail) {
        for (const QJsonObject& o : {parse(entry.oldValue), parse(entry.newValue)}) {
            if (entry.entity == QLatin1String("attachment") && o.contains(QStringLiteral("file_name"))) {
                names.addRecord(entry.entityId, text(o, "file_name"));
            } else if ((entry.entity == QLatin1String("workshop") || entry.entity == QLatin1String("activity")) &&
                       o.contains(QStringLiteral("title"))) {
                names.addRecord(entry.entityId, text(o, "title"));
            } else if (entry.entity == QLatin1String("person") && o.contains(QStringLiteral("name"))) {
                names.addRecord(entry.entityId, text(o, "name"));
                names.addAccount(text(o, "account"), text(o, "name"));
            }
        }
        if (entry.action == QLatin1String("assignment.create")) {
            names.addRecord(part(entry.entityId, 1), text(parse(entry.newValue), "reviewer"));
        }
    }
    const auto candidates = store.candidates().all();
    if (!candidates.ok()) {
        return Result<AuditNames>(candidates.error());
    }
    for (const Candidate& c : candidates.value()) {
        if (!c.isErased()) {
            names.addRecord(c.meta.id.toString(QUuid::WithoutBraces), c.displayName());
        }
    }
    // The rest as far as this reader may read them: a name missing is said in words.
    const auto workshops = store.workshops().all();
    for (const Workshop& w : workshops.ok() ? workshops.value() : QList<Workshop>()) {
        names.addRecord(w.meta.id.toString(QUuid::WithoutBraces), w.title);
        const auto criteria = store.workshops().criteria(w.meta.id);
        for (const Criterion& c : criteria.ok() ? criteria.value() : QList<Criterion>()) {
            names.addCriterion(c.key, c.name);
            names.addCriterion(QStringLiteral("workshop:") + c.key, c.name);
        }
    }
    const auto people = store.people().all();
    for (const Person& p : people.ok() ? people.value() : QList<Person>()) {
        names.addRecord(p.meta.id.toString(QUuid::WithoutBraces), p.name);
        names.addAccount(p.account, p.name);
    }
    const auto activities = store.pool().activities();
    if (activities.ok()) {
        for (const Activity& a : activities.value()) {
            names.addRecord(a.meta.id.toString(QUuid::WithoutBraces), a.title);
        }
    }
    if (const auto profile = store.assessment().currentProfile(); profile.ok()) {
        for (const CriterionGroup& group : profile.value().groups) {
            for (const Criterion& c : group.criteria) {
                names.addCriterion(c.key, c.name);
            }
        }
    }
    return names;
}

void AuditNames::addRecord(const QString& id, const QString& name)
{
    if (!id.isEmpty() && !name.trimmed().isEmpty()) {
        m_records.insert(normalId(id).toLower(), name.trimmed());
    }
}

void AuditNames::addAccount(const QString& account, const QString& name)
{
    if (!account.trimmed().isEmpty() && !name.trimmed().isEmpty()) {
        m_accounts.insert(account.trimmed().toLower(), name.trimmed());
    }
}

void AuditNames::addCriterion(const QString& key, const QString& name)
{
    if (!key.isEmpty() && !name.trimmed().isEmpty()) {
        m_criteria.insert(key, name.trimmed());
    }
}

QString AuditNames::nameOf(const QString& id) const
{
    return m_records.value(normalId(id).toLower());
}

QString AuditNames::candidate(const QString& id) const
{
    const QString name = nameOf(id);
    return name.isEmpty() ? tr("a candidate no longer in the file") : name;
}

QString AuditNames::workshop(const QString& id) const
{
    const QString name = nameOf(id);
    return name.isEmpty() ? tr("a workshop no longer in the file") : name;
}

QString AuditNames::person(const QString& idOrAccount) const
{
    const QString byId = nameOf(idOrAccount);
    if (!byId.isEmpty()) {
        return byId;
    }
    return m_accounts.value(idOrAccount.trimmed().toLower(), idOrAccount);
}

QString AuditNames::actor(const QString& actorLabel) const
{
    const QString account = actorLabel.section(QLatin1Char('@'), 0, 0).trimmed();
    return m_accounts.value(account.toLower(), account);
}

QString AuditNames::criterion(const QString& key) const
{
    return m_criteria.value(key, key);
}

// ---- AuditSentence -------------------------------------------------------------------

QStringList AuditSentence::knownActions()
{
    return {QStringLiteral("file.create"),
            QStringLiteral("file.upgrade"),
            QStringLiteral("file.restore"),
            QStringLiteral("lease.take"),
            QStringLiteral("lease.renew"),
            QStringLiteral("lease.release"),
            QStringLiteral("lease.takeover"),
            QStringLiteral("candidate.create"),
            QStringLiteral("candidate.update"),
            QStringLiteral("candidate.archive"),
            QStringLiteral("candidate.restore"),
            QStringLiteral("candidate.erase"),
            QStringLiteral("candidate.link"),
            QStringLiteral("candidate.import"),
            QStringLiteral("decision.record"),
            QStringLiteral("decision.reverse"),
            QStringLiteral("decision.inform"),
            QStringLiteral("commitment.record"),
            QStringLiteral("step.close"),
            QStringLiteral("step.reopen"),
            QStringLiteral("screening.record"),
            QStringLiteral("attachment.add"),
            QStringLiteral("attachment.remove"),
            QStringLiteral("document.index"),
            QStringLiteral("workshop.create"),
            QStringLiteral("workshop.update"),
            QStringLiteral("workshop.criteria"),
            QStringLiteral("enrolment.set"),
            QStringLiteral("enrolment.remove"),
            QStringLiteral("application.set"),
            QStringLiteral("application.remove"),
            QStringLiteral("activity.create"),
            QStringLiteral("activity.update"),
            QStringLiteral("activity.remove"),
            QStringLiteral("unavailability.create"),
            QStringLiteral("unavailability.update"),
            QStringLiteral("unavailability.remove"),
            QStringLiteral("person.create"),
            QStringLiteral("person.update"),
            QStringLiteral("review.import"),
            QStringLiteral("profile.update"),
            QStringLiteral("assignment.create"),
            QStringLiteral("assignment.remove"),
            QStringLiteral("assignment.spread"),
            QStringLiteral("consensus.record"),
            QStringLiteral("consensus.import"),
            QStringLiteral("consensus.clear"),
            QStringLiteral("outcome.record"),
            QStringLiteral("settings.update"),
            QStringLiteral("letter_template.create"),
            QStringLiteral("letter_template.update"),
            QStringLiteral("letter_template.reset")};
}

bool AuditSentence::knows(const QString& action)
{
    static const QSet<QString> known = [] {
        const QStringList list = knownActions();
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return known.contains(action);
}

bool AuditSentence::isHousekeeping(const QString& action)
{
    const QString prefix = action.section(QLatin1Char('.'), 0, 0);
    return prefix == QLatin1String("lease") || prefix == QLatin1String("heartbeat") ||
           prefix == QLatin1String("backup") || action == QLatin1String("document.index") ||
           action == QLatin1String("file.upgrade");
}

QString AuditSentence::of(const AuditEntry& e, const AuditNames& names)
{
    const QString who = names.actor(e.actor);
    const QJsonObject before = parse(e.oldValue);
    const QJsonObject after = parse(e.newValue);
    const QJsonObject record = after.isEmpty() ? before : after;
    const QString subject = e.subjectId.isEmpty() ? e.entityId : e.subjectId;
    const QString candidate = names.candidate(subject);
    const QString& a = e.action;

    if (a == QLatin1String("file.create")) {
        return tr("%1 created the file").arg(who);
    }
    if (a == QLatin1String("file.upgrade")) {
        return tr("%1 upgraded the file to format %2").arg(who).arg(after.value(QStringLiteral("format")).toInt());
    }
    if (a == QLatin1String("file.restore")) {
        return text(after, "restored_from").isEmpty()
                   ? tr("%1 restored the file from a backup").arg(who)
                   : tr("%1 restored the file from the backup %2").arg(who, text(after, "restored_from"));
    }
    if (a == QLatin1String("lease.take")) {
        return tr("%1 started editing on %2").arg(who, text(record, "machine"));
    }
    if (a == QLatin1String("lease.renew")) {
        return tr("%1 was still editing on %2").arg(who, text(record, "machine"));
    }
    if (a == QLatin1String("lease.release")) {
        return tr("%1 stopped editing").arg(who);
    }
    if (a == QLatin1String("lease.takeover")) {
        return before.isEmpty() ? tr("%1 took over editing").arg(who)
                                : tr("%1 took over editing from %2").arg(who, names.person(text(before, "person")));
    }
    if (a == QLatin1String("candidate.create")) {
        return tr("%1 added %2 as a candidate").arg(who, candidate);
    }
    if (a == QLatin1String("candidate.update")) {
        return tr("%1 changed the record of %2").arg(who, candidate);
    }
    if (a == QLatin1String("candidate.archive")) {
        return tr("%1 archived %2").arg(who, candidate);
    }
    if (a == QLatin1String("candidate.restore")) {
        return tr("%1 brought %2 back from the archive").arg(who, candidate);
    }
    if (a == QLatin1String("candidate.erase")) {
        return tr("%1 erased the personal data of a candidate").arg(who);
    }
    if (a == QLatin1String("candidate.link")) {
        return tr("%1 recorded that %2 and %3 are the same person")
            .arg(who, names.candidate(text(after, "candidate_id")), names.candidate(text(after, "other_id")));
    }
    if (a == QLatin1String("candidate.import")) {
        return tr("%1 imported %n application(s) from %2", nullptr, after.value(QStringLiteral("count")).toInt())
            .arg(who, text(after, "file_name"));
    }
    if (a == QLatin1String("decision.record")) {
        return tr("%1 moved %2 from “%3” to “%4”")
            .arg(who, candidate, labelFor<Stage>(text(after, "from")), labelFor<Stage>(text(after, "to")));
    }
    if (a == QLatin1String("decision.reverse")) {
        return tr("%1 reversed the latest decision about %2, back to “%3”")
            .arg(who, candidate, labelFor<Stage>(text(after, "to")));
    }
    if (a == QLatin1String("decision.inform")) {
        const QDate on = QDate::fromString(text(after, "informed_on"), Qt::ISODate);
        return tr("%1 recorded that %2 was informed on %3 (%4)")
            .arg(who, candidate, QLocale().toString(on, QLocale::ShortFormat),
                 labelFor<InformChannel>(text(after, "informed_by")));
    }
    if (a == QLatin1String("commitment.record")) {
        return tr("%1 recorded the availability commitment of %2").arg(who, candidate);
    }
    if (a == QLatin1String("step.close")) {
        return tr("%1 closed “%2” of %3")
            .arg(who, labelFor<PipelineStep>(text(after, "step")), names.workshop(e.entityId));
    }
    if (a == QLatin1String("step.reopen")) {
        return tr("%1 reopened “%2” of %3")
            .arg(who, labelFor<PipelineStep>(text(after, "step")), names.workshop(e.entityId));
    }
    if (a == QLatin1String("screening.record")) {
        return tr("%1 recorded the Stage 1 screening of %2").arg(who, candidate);
    }
    if (a == QLatin1String("attachment.add")) {
        return tr("%1 attached “%2” to the record of %3").arg(who, text(after, "file_name"), candidate);
    }
    if (a == QLatin1String("attachment.remove")) {
        return tr("%1 removed “%2” from the record of %3").arg(who, text(before, "file_name"), candidate);
    }
    if (a == QLatin1String("document.index")) {
        return tr("%1 read the text of %n document(s) for the search", nullptr,
                  after.value(QStringLiteral("documents")).toInt())
            .arg(who);
    }
    if (a == QLatin1String("workshop.create")) {
        return tr("%1 added the workshop %2").arg(who, names.workshop(e.entityId));
    }
    if (a == QLatin1String("workshop.update")) {
        return tr("%1 changed the workshop %2").arg(who, names.workshop(e.entityId));
    }
    if (a == QLatin1String("workshop.criteria")) {
        return tr("%1 changed the criteria of %2").arg(who, names.workshop(e.entityId));
    }
    if (a == QLatin1String("enrolment.set")) {
        return tr("%1 gave %2 a seat in %3").arg(who, candidate, names.workshop(text(after, "workshop_id")));
    }
    if (a == QLatin1String("enrolment.remove")) {
        return before.isEmpty()
                   ? tr("%1 took %2 off their workshop").arg(who, candidate)
                   : tr("%1 took %2 off %3").arg(who, candidate, names.workshop(text(before, "workshop_id")));
    }
    if (a == QLatin1String("application.set")) {
        return tr("%1 recorded that %2 applied to %3").arg(who, candidate, names.workshop(text(after, "workshop_id")));
    }
    if (a == QLatin1String("application.remove")) {
        return tr("%1 withdrew the application of %2 to %3")
            .arg(who, candidate, names.workshop(text(before, "workshop_id")));
    }
    const QString activity = names.nameOf(e.entityId).isEmpty() ? text(record, "title") : names.nameOf(e.entityId);
    if (a == QLatin1String("activity.create")) {
        return tr("%1 added the activity %2").arg(who, activity);
    }
    if (a == QLatin1String("activity.update")) {
        return tr("%1 changed the activity %2").arg(who, activity);
    }
    if (a == QLatin1String("activity.remove")) {
        return tr("%1 removed the activity %2").arg(who, text(before, "title"));
    }
    if (a == QLatin1String("unavailability.create")) {
        return tr("%1 recorded that %2 is unavailable from %3 to %4")
            .arg(who, candidate,
                 QLocale().toString(QDate::fromString(text(after, "from"), Qt::ISODate), QLocale::ShortFormat),
                 QLocale().toString(QDate::fromString(text(after, "to"), Qt::ISODate), QLocale::ShortFormat));
    }
    if (a == QLatin1String("unavailability.update")) {
        return tr("%1 changed when %2 is unavailable").arg(who, candidate);
    }
    if (a == QLatin1String("unavailability.remove")) {
        return tr("%1 removed an unavailability of %2").arg(who, candidate);
    }
    if (a == QLatin1String("person.create")) {
        return tr("%1 recorded %2 as %3")
            .arg(who, text(after, "name"), labelFor<PersonRole>(text(after, "role")).toLower());
    }
    if (a == QLatin1String("person.update")) {
        return tr("%1 changed the details of %2").arg(who, text(after, "name"));
    }
    if (a == QLatin1String("review.import")) {
        const QString reviewer =
            text(after, "reviewer").isEmpty() ? names.person(e.subjectId) : text(after, "reviewer");
        return tr("%1 imported the review file of %2").arg(who, reviewer);
    }
    if (a == QLatin1String("profile.update")) {
        return tr("%1 set the share of counted criteria a candidate must meet to %2%")
            .arg(who)
            .arg(after.value(QStringLiteral("counted_threshold_percent")).toInt());
    }
    if (a == QLatin1String("assignment.create")) {
        const QString reviewer =
            text(after, "reviewer").isEmpty() ? names.person(part(e.entityId, 1)) : text(after, "reviewer");
        return tr("%1 asked %2 to review %3").arg(who, reviewer, names.candidate(part(e.entityId, 0)));
    }
    if (a == QLatin1String("assignment.remove")) {
        return tr("%1 took %2 off the review of %3")
            .arg(who, names.person(part(e.entityId, 1)), names.candidate(part(e.entityId, 0)));
    }
    if (a == QLatin1String("assignment.spread")) {
        return tr("%1 spread the reviewers over the candidates of %2 (%n assignment(s))", nullptr,
                  int(after.value(QStringLiteral("added")).toArray().size()))
            .arg(who, names.workshop(e.entityId));
    }
    if (a == QLatin1String("consensus.record")) {
        return tr("%1 recorded the consensus on “%2” for %3")
            .arg(who, names.criterion(part(e.entityId, 1)), names.candidate(part(e.entityId, 0)));
    }
    if (a == QLatin1String("consensus.clear")) {
        return tr("%1 cleared the consensus on “%2” for %3")
            .arg(who, names.criterion(part(e.entityId, 1)), names.candidate(part(e.entityId, 0)));
    }
    if (a == QLatin1String("consensus.import")) {
        int cleared = 0;  // a cell emptied in the scores grid is after-imaged as null
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            cleared += it.value().isNull() ? 1 : 0;
        }
        if (cleared > 0 && cleared == int(after.size())) {
            return tr("%1 cleared %n consensus rating(s) at once", nullptr, cleared).arg(who);
        }
        if (cleared > 0 && !after.contains(QStringLiteral("hidden"))) {
            const QString recorded =
                tr("%1 recorded %n consensus rating(s) at once", nullptr, int(after.size()) - cleared).arg(who);
            return tr("%1 and cleared %n", nullptr, cleared).arg(recorded);
        }
        const int cells = int(after.size());
        if (after.contains(QStringLiteral("hidden"))) {  // a blind reviewer's trail: not even how many
            return tr("%1 recorded consensus ratings at once").arg(who);
        }
        return e.entityId == QLatin1String("file")
                   ? tr("%1 recorded %n consensus rating(s) at once", nullptr, cells).arg(who)
                   : tr("%1 recorded %n consensus rating(s) at once for %2", nullptr, cells)
                         .arg(who, names.workshop(e.entityId));
    }
    if (a == QLatin1String("outcome.record")) {
        const QString step = labelFor<PipelineStep>(text(record, "step"));
        return after.value(QStringLiteral("passed")).toBool()
                   ? tr("%1 recorded that %2 passed “%3”").arg(who, candidate, step)
                   : tr("%1 recorded that %2 did not pass “%3”").arg(who, candidate, step);
    }
    if (a == QLatin1String("settings.update")) {
        if (e.entityId == QLatin1String("retention_years")) {
            return tr("%1 set the years the records are kept to %2")
                .arg(who)
                .arg(after.value(QStringLiteral("retention_years")).toInt());
        }
        if (e.entityId == QLatin1String("backups_to_keep")) {
            return tr("%1 set the daily backups kept to %2")
                .arg(who)
                .arg(after.value(QStringLiteral("backups_to_keep")).toInt());
        }
        if (e.entityId == QLatin1String("week_counting")) {
            return tr("%1 set how the weeks of the commitment are counted to “%2”")
                .arg(who, labelFor<WeekCounting>(text(after, "week_counting")));
        }
        if (e.entityId == QLatin1String("letter_signatory")) {
            return tr("%1 changed who signs the letters").arg(who);
        }
        return tr("%1 changed a setting of the file").arg(who);
    }
    if (a == QLatin1String("letter_template.create") || a == QLatin1String("letter_template.update")) {
        return tr("%1 edited the letter for “%2” (%3)")
            .arg(who, labelFor<Stage>(text(record, "decision")), text(record, "language"));
    }
    if (a == QLatin1String("letter_template.reset")) {
        return tr("%1 put back the built-in letter for “%2” (%3)")
            .arg(who, labelFor<Stage>(text(record, "decision")), text(record, "language"));
    }
    // A code this version does not know (a file written by a later one): say so in words.
    return tr("%1 made a change this version cannot describe (%2)").arg(who, a);
}

QString AuditSentence::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = [] {
        QHash<QString, const char*> byField;
        for (const auto& [key, text] : fieldLabels()) {
            byField.insert(key, text);
        }
        return byField;
    }();
    if (const auto found = labels.constFind(field); found != labels.constEnd()) {
        return tr(found.value());
    }
    // A field this version has no word for: its name, spaced and capitalised.
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

namespace {

QString valueText(const QString& field, const QJsonValue& value, const AuditNames& names);

QString arrayText(const QString& field, const QJsonArray& array, const AuditNames& names)
{
    QStringList parts;
    for (const QJsonValue& item : array) {
        if (item.isObject()) {
            const QJsonObject o = item.toObject();
            if (o.contains(QStringLiteral("name"))) {
                parts.append(o.value(QStringLiteral("name")).toString());
            } else if (o.contains(QStringLiteral("language"))) {
                parts.append(AuditSentence::tr("%1 (%2)").arg(
                    o.value(QStringLiteral("language")).toString(),
                    labelFor<LanguageLevel>(o.value(QStringLiteral("level")).toString())));
            } else if (o.contains(QStringLiteral("candidate_id")) && o.contains(QStringLiteral("reviewer_id"))) {
                parts.append(AuditSentence::tr("%1 by %2")
                                 .arg(names.candidate(o.value(QStringLiteral("candidate_id")).toString()),
                                      names.person(o.value(QStringLiteral("reviewer_id")).toString())));
            } else if (o.contains(QStringLiteral("candidate_id"))) {
                const QString who = names.candidate(o.value(QStringLiteral("candidate_id")).toString());
                parts.append(o.contains(QStringLiteral("role"))
                                 ? AuditSentence::tr("%1 (%2)").arg(
                                       who, labelFor<ParticipantRole>(o.value(QStringLiteral("role")).toString()))
                                 : who);
            } else {
                parts.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            }
        } else if (field == QLatin1String("decisions")) {
            return AuditSentence::tr("%n decision(s)", nullptr, int(array.size()));
        } else {
            parts.append(valueText(field, item, names));
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString valueText(const QString& field, const QJsonValue& value, const AuditNames& names)
{
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    if (value.isBool()) {
        return value.toBool() ? AuditSentence::tr("Yes") : AuditSentence::tr("No");
    }
    if (value.isDouble()) {
        return QLocale().toString(value.toDouble(), 'g', 12);
    }
    if (value.isArray()) {
        return arrayText(field, value.toArray(), names);
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    const QString s = value.toString();
    if (s.isEmpty()) {
        return {};
    }
    if (field == QLatin1String("stage") || field == QLatin1String("from") || field == QLatin1String("to") ||
        field == QLatin1String("decision")) {
        if (const auto stage = fromKey<Stage>(s)) {
            return labelOf(*stage);
        }
    }
    if (field == QLatin1String("region")) {
        return labelFor<Region>(s);
    }
    if (field == QLatin1String("gender")) {
        return labelFor<Gender>(s);
    }
    if (field == QLatin1String("education")) {
        return labelFor<EducationLevel>(s);
    }
    if (field == QLatin1String("english_level") || field == QLatin1String("level")) {
        return labelFor<LanguageLevel>(s);
    }
    if (field == QLatin1String("step")) {
        return labelFor<PipelineStep>(s);
    }
    if (field == QLatin1String("informed_by")) {
        return labelFor<InformChannel>(s);
    }
    if (field == QLatin1String("week_counting")) {
        return labelFor<WeekCounting>(s);
    }
    if (field == QLatin1String("mode")) {
        return labelFor<ActivityMode>(s);
    }
    if (field == QLatin1String("kind")) {
        if (const auto kind = fromKey<AttachmentKind>(s)) {
            return labelOf(*kind);
        }
        if (const auto kind = fromKey<ActivityKind>(s)) {
            return labelOf(*kind);
        }
        return labelFor<CriterionKind>(s);
    }
    if (field == QLatin1String("role")) {
        if (const auto role = fromKey<PersonRole>(s)) {
            return labelOf(*role);
        }
        return labelFor<ParticipantRole>(s);
    }
    if (field == QLatin1String("criterion")) {
        return names.criterion(s);
    }
    if (field == QLatin1String("decided_by") || field == QLatin1String("person")) {
        return names.actor(s);
    }
    // An id: the name it stands for, whatever the field ("candidate_id", "reverses", …).
    if (!QUuid::fromString(s).isNull()) {
        const QString name = names.nameOf(s);
        if (!name.isEmpty()) {
            return name;
        }
        if (field == QLatin1String("candidate_id") || field == QLatin1String("other_id") ||
            field == QLatin1String("linked_to")) {
            return names.candidate(s);
        }
        if (field == QLatin1String("workshop_id")) {
            return names.workshop(s);
        }
        if (field == QLatin1String("reverses")) {
            return AuditSentence::tr("the decision before");
        }
        return AuditSentence::tr("a record no longer in the file");
    }
    // Times and dates as the reader's locale writes them.
    if (s.size() > 10 && s.at(4) == QLatin1Char('-') && s.at(10) == QLatin1Char('T')) {
        const QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (at.isValid()) {
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (date.isValid()) {
            return QLocale().toString(date, QLocale::ShortFormat);
        }
    }
    return s;
}

}  // namespace

QList<AuditFieldChange> AuditSentence::fieldChanges(const AuditEntry& entry, const AuditNames& names)
{
    const QJsonObject before = parse(entry.oldValue);
    const QJsonObject after = parse(entry.newValue);
    QStringList fields = after.keys();
    for (const QString& key : before.keys()) {
        if (!after.contains(key)) {
            fields.append(key);
        }
    }
    // In the order of the labels' list (a record's own order), unknown fields last.
    const auto rank = [](const QString& field) {
        const auto& labels = fieldLabels();
        for (int i = 0; i < labels.size(); ++i) {
            if (labels.at(i).first == field) {
                return i;
            }
        }
        return int(labels.size());
    };
    std::stable_sort(fields.begin(), fields.end(),
                     [&rank](const QString& a, const QString& b) { return rank(a) < rank(b); });
    QList<AuditFieldChange> changes;
    for (const QString& field : std::as_const(fields)) {
        if (isBookkeeping(field) || before.value(field) == after.value(field)) {
            continue;
        }
        AuditFieldChange change{field, fieldLabel(field), valueText(field, before.value(field), names),
                                valueText(field, after.value(field), names)};
        if (change.before == change.after) {
            continue;  // e.g. an empty text against none
        }
        changes.append(change);
    }
    return changes;
}
