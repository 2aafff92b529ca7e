// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate part of Store: candidates with their languages, stage decisions and
// attachments.
#include "FreeText.h"
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "CandidateSql.h"

#include "Attachment.h"
#include "Candidate.h"
#include "NameCollation.h"
#include "RecordJson.h"
#include "SqlError.h"

#include <QSqlError>
#include "StageDecision.h"
#include "StoreSql.h"
#include "CandidateFilter.h"
#include "DuplicateCheck.h"
#include "SearchIndex.h"
#include "TextFold.h"

#include <QRegularExpression>

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

/// SQLite orders bytes ("Mwangi" before "Müller"): the one order of names is applied here.
void sortByName(QList<Candidate>& list)
{
    NameCollation().sort(list,
                         [](const Candidate& c) { return NameCollation::personText(c.familyName, c.givenNames); });
}

}  // namespace

namespace {

Result<QHash<QString, QList<LanguageSkill>>> readLanguages(QSqlDatabase db, const QString& candidateId)
{
    using R = Result<QHash<QString, QList<LanguageSkill>>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT candidate_id, language, level FROM candidate_language "
                             "WHERE :all = 1 OR candidate_id = :id ORDER BY candidate_id, position"));
    q.bindValue(QStringLiteral(":all"), candidateId.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), candidateId);
    if (!q.exec()) {
        return R(sqlError(q.lastError(), Store::tr("Could not read the candidates' languages.")));
    }
    QHash<QString, QList<LanguageSkill>> languages;
    while (q.next()) {
        languages[q.value(0).toString()].append(
            {q.value(1).toString(), toKey<LanguageLevel>(q.value(2), LanguageLevel::B1)});
    }
    return languages;
}

Result<Candidate> readOne(QSqlDatabase db, const QUuid& id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + CandidateSql::kSelect + QStringLiteral(" FROM candidate WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(id));
    if (!q.exec()) {
        return Result<Candidate>(sqlError(q.lastError(), Store::tr("Could not read the candidate.")));
    }
    if (!q.next()) {
        return Result<Candidate>::failure(ErrorCode::NotFound,
                                          Store::tr("The candidate is no longer in the file; someone may have "
                                                    "removed them. Reload the list."));
    }
    Candidate c = CandidateSql::read(q);
    q.finish();
    const auto languages = readLanguages(db, idText(id));
    if (!languages.ok()) {
        return Result<Candidate>(languages.error());
    }
    c.otherLanguages = languages.value().value(idText(id));
    return c;
}

Status writeLanguages(QSqlDatabase db, const Candidate& c)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM candidate_language WHERE candidate_id = :id"));
    remove.bindValue(QStringLiteral(":id"), idText(c.meta.id));
    if (!remove.exec()) {
        return sqlFailure(remove.lastError(), Store::tr("Could not save the candidate's languages."));
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO candidate_language (candidate_id, position, language, level) "
                                  "VALUES (:id, :position, :language, :level)"));
    for (int i = 0; i < c.otherLanguages.size(); ++i) {
        insert.bindValue(QStringLiteral(":id"), idText(c.meta.id));
        insert.bindValue(QStringLiteral(":position"), i);
        insert.bindValue(QStringLiteral(":language"), c.otherLanguages.at(i).language.trimmed());
        insert.bindValue(QStringLiteral(":level"), keyOf(c.otherLanguages.at(i).level));
        if (!insert.exec()) {
            return sqlFailure(insert.lastError(), Store::tr("Could not save the candidate's languages."));
        }
    }
    return Status::success();
}

/// The refusal when someone saved a record after it was read.
Error conflict(const RecordMeta& stored, const QString& what)
{
    const QString when = QLocale().toString(stored.modifiedAt.toLocalTime(), QLocale::ShortFormat);
    return {ErrorCode::Conflict,
            Store::tr("%1 was changed by %2 at %3, after you opened it. Your changes were not saved; reload to see "
                      "theirs, then make your changes again.")
                .arg(what, stored.modifiedBy.section(QLatin1Char('@'), 0, 0), when)};
}

}  // namespace

Result<QList<Candidate>> Store::candidates() const
{
    using R = Result<QList<Candidate>>;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    const auto languages = readLanguages(db, QString());
    if (!languages.ok()) {
        return R(languages.error());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + CandidateSql::kSelect +
                QStringLiteral(" FROM candidate ORDER BY family_name, given_names, id"))) {
        return R(sqlError(q.lastError(), tr("Could not read the candidates.")));
    }
    QList<Candidate> list;
    while (q.next()) {
        Candidate c = CandidateSql::read(q);
        c.otherLanguages = languages.value().value(idText(c.meta.id));
        list.append(std::move(c));
    }
    sortByName(list);
    return list;
}

Result<QList<Candidate>> Store::findCandidates(const QString& text) const
{
    CandidateFilter filter;
    filter.text = text;
    return findCandidates(filter);
}

QStringList Store::candidateConditions(const CandidateFilter& filter, QVariantMap& bindings, bool withText) const
{
    QStringList conditions;
    if (withText && filter.inDocuments && !filter.text.trimmed().isEmpty()) {
        // The full-text search's candidates; a text without a word finds nobody. "+c.id":
        // one pass over the candidates probing the set found, rather than a seek per
        // candidate found, which a common word makes 10,000 seeks (docs/performance.md).
        const QStringList terms = SearchIndex::terms(filter.text);
        conditions.append(terms.isEmpty()
                              ? QStringLiteral("0")
                              : QStringLiteral("+c.id IN (") + SearchIndex::candidatesMatchingAll(int(terms.size())) +
                                    QLatin1Char(')'));
        for (int i = 0; i < terms.size(); ++i) {
            bindings.insert(QStringLiteral(":ft%1").arg(i), terms.at(i));
        }
    } else if (withText && !filter.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("c.search_text LIKE :pattern ESCAPE '\\'"));
        bindings.insert(QStringLiteral(":pattern"), TextFold::containsPattern(filter.text.trimmed()));
    }
    if (filter.stage) {
        conditions.append(QStringLiteral("c.stage = :stage"));
        bindings.insert(QStringLiteral(":stage"), keyOf(*filter.stage));
    }
    if (filter.region) {
        conditions.append(QStringLiteral("c.region = :region"));
        bindings.insert(QStringLiteral(":region"), keyOf(*filter.region));
    }
    if (!filter.workshopId.isNull()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM stage_decision d WHERE d.candidate_id = c.id "
                                         "AND d.workshop_id = :workshop)"));
        bindings.insert(QStringLiteral(":workshop"), idText(filter.workshopId));
    }
    if (!filter.includeArchived) {
        conditions.append(QStringLiteral("c.archived_at IS NULL"));
    }
    if (filter.retentionDue) {
        // No consent to keep the data, and the retention period since the last decision
        // (or the application) is over.
        conditions.append(QStringLiteral(
            "c.consent_to_keep_data = 0 AND c.erased_at IS NULL AND "
            "substr(coalesce((SELECT max(d.decided_at) FROM stage_decision d WHERE d.candidate_id = c.id), "
            "c.application_date), 1, 10) <= :retention_limit"));
        bindings.insert(QStringLiteral(":retention_limit"),
                        filter.today.addYears(-retentionYears()).toString(Qt::ISODate));
    }
    if (filter.notYetInformed) {
        // The latest decision (the one that put the candidate where they stand) is not informed.
        conditions.append(
            QStringLiteral("(SELECT d.informed_on IS NULL FROM stage_decision d WHERE d.candidate_id = c.id "
                           "ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) = 1"));
    }
    return conditions;
}

Result<QList<Candidate>> Store::findCandidates(const CandidateFilter& filter) const
{
    using R = Result<QList<Candidate>>;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QVariantMap bindings;
    const QStringList conditions = candidateConditions(filter, bindings, true);
    const bool listed = filter.listedFieldsOnly;
    QString columns = listed ? CandidateSql::kSelectListed : CandidateSql::kSelect;
    columns.replace(QRegularExpression(QStringLiteral("(^|, )")), QStringLiteral("\\1c."));
    // A list sorts by what its user clicked; asking SQLite for name order as well would make
    // it walk the name index and seek every row instead of scanning the table once.
    const QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM candidate c") +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        (listed ? QString() : QStringLiteral(" ORDER BY c.family_name, c.given_names, c.id"));
    if (listed) {
        return CandidateSql::readListedRows(connection(), sql, bindings, tr("Could not search the candidates."));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not search the candidates.")));
    }
    QList<Candidate> list;
    while (q.next()) {
        list.append(CandidateSql::read(q));
    }
    q.finish();
    sortByName(list);
    if (!filter.withLanguages) {
        return list;
    }
    const auto languages = readLanguages(db, QString());
    if (!languages.ok()) {
        return R(languages.error());
    }
    for (Candidate& c : list) {
        c.otherLanguages = languages.value().value(idText(c.meta.id));
    }
    return list;
}

Result<int> Store::candidateCount() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM candidate")) || !q.next()) {
        return Result<int>(sqlError(q.lastError(), tr("Could not count the candidates.")));
    }
    return q.value(0).toInt();
}

Result<Candidate> Store::candidate(const QUuid& id) const
{
    return readOne(QSqlDatabase::database(connection(), false), id);
}

Result<Candidate> Store::saveCandidate(const Candidate& typed)
{
    Candidate edited = typed;
    FreeText::tidy(edited);
    if (edited.isErased()) {
        return Result<Candidate>::failure(
            ErrorCode::Refused, tr("This candidate's personal data was erased; the record cannot be edited."));
    }
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Candidate>(valid.error());
    }
    Candidate saved = edited;
    const Status status = write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        if (saved.meta.isNew()) {
            if (saved.meta.id.isNull()) {
                saved.meta.id = QUuid::createUuid();
            }
            saved.stage = Stage::Applied;
            change.action = QStringLiteral("candidate.create");
        } else {
            const auto stored = readOne(db, saved.meta.id);
            if (!stored.ok()) {
                return Status(stored.error());
            }
            if (stored.value().meta.rowVersion != saved.meta.rowVersion) {
                return Status(conflict(stored.value().meta, stored.value().displayName()));
            }
            saved.stage = stored.value().stage;  // only a decision moves a candidate
            saved.archivedAt = stored.value().archivedAt;
            if (stored.value().isErased()) {
                return Status::failure(ErrorCode::Refused,
                                       tr("This candidate's personal data was erased; the record cannot be edited."));
            }
            change.before = RecordJson::toJson(stored.value());
            change.action = QStringLiteral("candidate.update");
        }
        const qint64 readVersion = saved.meta.rowVersion;
        saved.meta.rowVersion = readVersion + 1;
        saved.meta.modifiedAt = Clock::nowUtc();
        saved.meta.modifiedBy = m_actor.label();
        QSqlQuery q(db);
        if (readVersion == 0) {
            q.prepare(CandidateSql::insertStatement());
        } else {
            q.prepare(QStringLiteral(
                "UPDATE candidate SET family_name = :family_name, given_names = :given_names, gender = :gender, "
                "date_of_birth = :date_of_birth, nationality = :nationality, administration = :administration, "
                "region = :region, position = :position, email = :email, phone = :phone, education = :education, "
                "years_in_customs = :years_in_customs, "
                "years_in_public_administration = :years_in_public_administration, english_level = :english_level, "
                "ipr_experience = :ipr_experience, consent_to_keep_data = :consent_to_keep_data, "
                "application_date = :application_date, stage = :stage, row_version = :row_version, "
                "modified_at = :modified_at, modified_by = :modified_by, search_text = :search_text "
                "WHERE id = :id AND row_version = :read_version"));
            q.bindValue(QStringLiteral(":read_version"), readVersion);
        }
        CandidateSql::bind(q, saved);
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not save %1.").arg(saved.displayName()));
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("%1 was changed by someone else meanwhile; reload.").arg(saved.displayName()));
        }
        if (auto languages = writeLanguages(db, saved); !languages.ok()) {
            return languages;
        }
        // A new candidate has no rows in the index yet; an edit replaces theirs.
        if (auto indexed =
                readVersion == 0 ? SearchIndex::addCandidateFields(db, saved) : SearchIndex::indexCandidate(db, saved);
            !indexed.ok()) {
            return indexed;
        }
        change.entity = QStringLiteral("candidate");
        change.entityId = idText(saved.meta.id);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Candidate>(status.error());
    }
    return saved;
}

Result<QList<DuplicateMatch>> Store::possibleDuplicates(const Candidate& candidate) const
{
    using R = Result<QList<DuplicateMatch>>;
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    // Every record counts, archived ones too: a returning applicant is still the same person.
    if (!q.exec(QStringLiteral("SELECT id, family_name, given_names, email, phone, date_of_birth FROM candidate"))) {
        return R(sqlError(q.lastError(), tr("Could not look for duplicates.")));
    }
    QList<DuplicateMatch> matches;
    while (q.next()) {
        Candidate other;
        other.meta.id = QUuid::fromString(q.value(0).toString());
        if (other.meta.id == candidate.meta.id) {
            continue;
        }
        other.familyName = q.value(1).toString();
        other.givenNames = q.value(2).toString();
        other.email = q.value(3).toString();
        other.phone = q.value(4).toString();
        other.dateOfBirth = toDate(q.value(5));
        const QStringList reasons = DuplicateCheck::reasons(candidate, other);
        if (!reasons.isEmpty()) {
            matches.append({other.meta.id, other.displayName(), reasons});
        }
    }
    return matches;
}

Status Store::linkSamePerson(const QUuid& one, const QUuid& other)
{
    if (one.isNull() || other.isNull() || one == other) {
        return Status::failure(ErrorCode::Invalid, tr("Choose two different candidates to link."));
    }
    const QString first = idText(std::min(one, other));
    const QString second = idText(std::max(one, other));
    return write([&](Change& change) -> Status {
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("INSERT INTO candidate_link (candidate_id, other_id, linked_at, linked_by) "
                                 "VALUES (:a, :b, :at, :by) ON CONFLICT DO NOTHING"));
        q.bindValue(QStringLiteral(":a"), first);
        q.bindValue(QStringLiteral(":b"), second);
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        q.bindValue(QStringLiteral(":by"), m_actor.label());
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not link the two candidates."));
        }
        if (q.numRowsAffected() == 0) {
            change.nothingChanged = true;  // already linked
            return Status::success();
        }
        change.action = QStringLiteral("candidate.link");
        change.entity = QStringLiteral("candidate_link");
        change.entityId = first + QLatin1Char('+') + second;
        change.subjectId = idText(one);
        change.after = {{QStringLiteral("candidate_id"), first}, {QStringLiteral("other_id"), second}};
        return Status::success();
    });
}

Result<QList<QUuid>> Store::linkedCandidates(const QUuid& id) const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT other_id FROM candidate_link WHERE candidate_id = :a UNION "
                             "SELECT candidate_id FROM candidate_link WHERE other_id = :b"));
    q.bindValue(QStringLiteral(":a"), idText(id));
    q.bindValue(QStringLiteral(":b"), idText(id));
    if (!q.exec()) {
        return Result<QList<QUuid>>(sqlError(q.lastError(), tr("Could not read the linked candidates.")));
    }
    QList<QUuid> ids;
    while (q.next()) {
        ids.append(QUuid::fromString(q.value(0).toString()));
    }
    return ids;
}

Status Store::setArchived(const QUuid& id, bool archived)
{
    return write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        const auto stored = readOne(db, id);
        if (!stored.ok()) {
            return Status(stored.error());
        }
        if (stored.value().isArchived() == archived) {
            change.nothingChanged = true;
            return Status::success();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE candidate SET archived_at = :at, row_version = row_version + 1, "
                                 "modified_at = :now, modified_by = :by WHERE id = :id"));
        const QDateTime now = Clock::nowUtc();
        q.bindValue(QStringLiteral(":at"),
                    archived ? QVariant(timeText(now)) : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":now"), timeText(now));
        q.bindValue(QStringLiteral(":by"), m_actor.label());
        q.bindValue(QStringLiteral(":id"), idText(id));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not archive %1.").arg(stored.value().displayName()));
        }
        change.action = archived ? QStringLiteral("candidate.archive") : QStringLiteral("candidate.restore");
        change.entity = QStringLiteral("candidate");
        change.entityId = idText(id);
        change.before = RecordJson::toJson(stored.value());
        Candidate after = stored.value();
        after.archivedAt = archived ? now : QDateTime();
        change.after = RecordJson::toJson(after);
        return Status::success();
    });
}
