// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Candidates.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Attachment.h"
#include "store/internal/AuditLog.h"
#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "store/internal/CandidateSql.h"
#include "Clock.h"
#include "store/internal/DocumentBytes.h"
#include "domain/DuplicateCheck.h"
#include "domain/FreeText.h"
#include "domain/NameCollation.h"
#include "domain/Pipeline.h"
#include "domain/RecordJson.h"
#include "store/internal/SearchIndex.h"
#include "store/internal/SqlError.h"
#include "domain/StageDecision.h"
#include "domain/TextFold.h"
#include "store/CandidateSearch.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/FileSettings.h"
#include "store/Decisions.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

/// SQLite orders bytes ("Mwangi" before "Müller"): the one order of names is applied here.
void sortByName(QList<Candidate>& list)
{
    NameCollation().sort(list,
                         [](const Candidate& c) { return NameCollation::personText(c.familyName, c.givenNames); });
}

Result<QHash<QString, QList<LanguageSkill>>> readLanguages(QSqlDatabase db, const QString& candidateId)
{
    using R = Result<QHash<QString, QList<LanguageSkill>>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Two statements, not one with "WHERE :all = 1 OR candidate_id = :id": SQLite plans a
    // statement before its values are bound, so the OR made every candidate's read scan and
    // sort the languages of all (half of `candidates --search` at 10,000 candidates).
    if (candidateId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT candidate_id, language, level FROM candidate_language "
                                 "ORDER BY candidate_id, position"));
    } else {
        q.prepare(QStringLiteral("SELECT candidate_id, language, level FROM candidate_language "
                                 "WHERE candidate_id = :id ORDER BY position"));
        q.bindValue(QStringLiteral(":id"), candidateId);
    }
    if (!q.exec()) {
        return R(sqlError(q.lastError(), Candidates::tr("Could not read the candidates' languages.")));
    }
    QHash<QString, QList<LanguageSkill>> languages;
    while (q.next()) {
        languages[q.value(u"candidate_id"_s).toString()].append(
            {q.value(u"language"_s).toString(), toKey<LanguageLevel>(q.value(u"level"_s), LanguageLevel::B1)});
    }
    return languages;
}

/// `read` as `disclosure` shows it. A reviewer's search by text keeps only the candidates
/// whose shown fields match, so that a hidden e-mail or name finds nobody.
Result<QList<Candidate>> shownAs(const Result<CandidateDisclosure>& disclosure, Result<QList<Candidate>> read,
                                 const QString& text = {})
{
    if (!disclosure.ok()) {
        return Result<QList<Candidate>>(disclosure.error());
    }
    if (!read.ok() || disclosure.value().seesEverything()) {
        return read;
    }
    QList<Candidate> shown = disclosure.value().disclosed(read.value());
    const QString folded = TextFold::fold(text.trimmed());
    if (!folded.isEmpty()) {
        shown.removeIf([&](const Candidate& c) { return !c.searchText().contains(folded); });
    }
    return shown;
}

Result<Candidate> readOne(QSqlDatabase db, const QUuid& id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + CandidateSql::kSelect + QStringLiteral(" FROM candidate WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(id));
    if (!q.exec()) {
        return Result<Candidate>(sqlError(q.lastError(), Candidates::tr("Could not read the candidate.")));
    }
    if (!q.next()) {
        return Result<Candidate>::failure(ErrorCode::NotFound,
                                          Candidates::tr("The candidate is no longer in the file; someone may have "
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
        return sqlFailure(remove.lastError(), Candidates::tr("Could not save the candidate's languages."));
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
            return sqlFailure(insert.lastError(), Candidates::tr("Could not save the candidate's languages."));
        }
    }
    return Status::success();
}

/// The refusal when someone saved a record after it was read.
Error conflict(const RecordMeta& stored, const QString& what)
{
    const QString when = QLocale().toString(stored.modifiedAt.toLocalTime(), QLocale::ShortFormat);
    return {
        ErrorCode::Conflict,
        Candidates::tr("%1 was changed by %2 at %3, after you opened it. Your changes were not saved; reload to see "
                       "theirs, then make your changes again.")
            .arg(what, stored.modifiedBy.section(QLatin1Char('@'), 0, 0), when)};
}

const QString kErased = QStringLiteral("[erased]");

// The keys of a candidate's or a document's JSON that identify the person.
const QStringList kPersonalKeys = {
    QStringLiteral("family_name"),     QStringLiteral("given_names"), QStringLiteral("gender"),
    QStringLiteral("date_of_birth"),   QStringLiteral("nationality"), QStringLiteral("email"),
    QStringLiteral("phone"),           QStringLiteral("position"),    QStringLiteral("ipr_experience"),
    QStringLiteral("other_languages"), QStringLiteral("file_name"),   QStringLiteral("sha256")};

QString redactJson(const QString& json)
{
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject()) {
        return json;
    }
    QJsonObject object = document.object();
    for (const QString& key : kPersonalKeys) {
        if (object.contains(key)) {
            object.insert(key, kErased);
        }
    }
    return RecordJson::compact(object);
}

// The same row as save() inserts, through CandidateSql, with its languages.
Status insertCandidate(CandidateSql::NewRows& rows, const Candidate& c)
{
    if (!rows.insertCandidate(c)) {
        return sqlFailure(rows.lastError(), Candidates::tr("Could not import %1.").arg(c.displayName()));
    }
    if (!rows.insertLanguages(c)) {
        return sqlFailure(rows.lastError(), Candidates::tr("Could not import %1's languages.").arg(c.displayName()));
    }
    return Status::success();
}

Attachment readAttachment(const QSqlQuery& q)
{
    Attachment a;
    a.meta = readMeta(q);
    a.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    a.kind = toKey<AttachmentKind>(q.value(u"kind"_s), AttachmentKind::Other);
    a.fileName = q.value(u"file_name"_s).toString();
    a.mediaType = q.value(u"media_type"_s).toString();
    a.addedAt = toTime(q.value(u"added_at"_s));
    return a;
}

const QString kAttachmentColumns = QStringLiteral(
    "id, candidate_id, kind, file_name, media_type, sha256, added_at, row_version, modified_at, modified_by");

}  // namespace

Candidates::Candidates(Store& store)
    : m_store(store)
{
}

Result<CandidateDisclosure> Candidates::disclosure() const
{
    if (m_store.role() != PersonRole::Reviewer) {
        return CandidateDisclosure();
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT candidate_id FROM reviewer_assignment WHERE reviewer_id = :reviewer"));
    q.bindValue(QStringLiteral(":reviewer"), idText(m_store.personId()));
    if (!q.exec()) {
        return Result<CandidateDisclosure>(sqlError(q.lastError(), tr("Could not read the reviewer's assignments.")));
    }
    QSet<QUuid> assigned;
    while (q.next()) {
        assigned.insert(QUuid::fromString(q.value(u"candidate_id"_s).toString()));
    }
    return CandidateDisclosure(assigned, m_store.settings().reviewersSee(), m_store.settings().anonymisedRounds());
}

Result<QList<Candidate>> Candidates::all() const
{
    return shownAs(disclosure(), allInFile());
}

Result<QList<Candidate>> Candidates::allIn(PipelineStep round) const
{
    const auto disclosure = this->disclosure();
    if (!disclosure.ok()) {
        return Result<QList<Candidate>>(disclosure.error());
    }
    auto read = allInFile();
    if (!read.ok() || disclosure.value().seesEverything()) {
        return read;
    }
    QList<Candidate> shown;
    for (const Candidate& c : read.value()) {
        if (disclosure.value().sees(c.meta.id)) {
            shown.append(disclosure.value().disclosedIn(c, round));
        }
    }
    return shown;
}

Result<Candidate> Candidates::byIdIn(const QUuid& id, PipelineStep round) const
{
    const auto disclosure = this->disclosure();
    if (!disclosure.ok()) {
        return Result<Candidate>(disclosure.error());
    }
    if (!disclosure.value().sees(id)) {
        return byId(id);  // NotFound, as for a candidate not in the file
    }
    const auto read = readOne(QSqlDatabase::database(m_store.connection(), false), id);
    return read.ok() ? Result<Candidate>(disclosure.value().disclosedIn(read.value(), round)) : read;
}

Result<QList<Candidate>> Candidates::allInFile() const
{
    using R = Result<QList<Candidate>>;
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
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

Result<QList<Candidate>> Candidates::find(const QString& text) const
{
    CandidateFilter filter;
    filter.text = text;
    return find(filter);
}

Result<QList<Candidate>> Candidates::find(const CandidateFilter& filter) const
{
    // A search in documents is the full-text search's (CandidateSearch hides its hidden fields);
    // a search of the record's fields keeps only what the reviewer is shown.
    const auto shown = disclosure();
    auto found = shownAs(shown, findInFile(filter), filter.inDocuments ? QString() : filter.text);
    if (found.ok() && shown.ok() && !shown.value().seesEverything() && filter.inDocuments &&
        !filter.text.trimmed().isEmpty()) {
        // The list's own query counts every field towards "every word somewhere in the
        // record": a reviewer's keeps the candidates their search finds, the one rule.
        const auto hits = m_store.search().find(filter, 0);
        if (!hits.ok()) {
            return Result<QList<Candidate>>(hits.error());
        }
        QSet<QUuid> ids;
        for (const SearchHit& hit : hits.value()) {
            ids.insert(hit.candidateId);
        }
        found.value().removeIf([&](const Candidate& c) { return !ids.contains(c.meta.id); });
    }
    return found;
}

Result<QList<Candidate>> Candidates::findInFile(const CandidateFilter& filter) const
{
    using R = Result<QList<Candidate>>;
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
    QVariantMap bindings;
    const QStringList conditions =
        CandidateSql::conditions(filter, filter.retentionDue ? m_store.settings().retentionYears() : 0, bindings, true);
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
        return CandidateSql::readListedRows(m_store.connection(), sql, bindings,
                                            tr("Could not search the candidates."));
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

Result<int> Candidates::count() const
{
    const auto shown = disclosure();
    if (!shown.ok()) {
        return Result<int>(shown.error());
    }
    if (!shown.value().seesEverything()) {
        const auto visible = all();
        return visible.ok() ? Result<int>(int(visible.value().size())) : Result<int>(visible.error());
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) AS n FROM candidate")) || !q.next()) {
        return Result<int>(sqlError(q.lastError(), tr("Could not count the candidates.")));
    }
    return q.value(u"n"_s).toInt();
}

Result<Candidate> Candidates::byId(const QUuid& id) const
{
    const auto shown = disclosure();
    if (!shown.ok()) {
        return Result<Candidate>(shown.error());
    }
    if (!shown.value().sees(id)) {
        // As for a candidate not in the file: a reviewer learns nothing of those not theirs.
        return Result<Candidate>::failure(ErrorCode::NotFound,
                                          tr("The candidate is no longer in the file; someone may have "
                                             "removed them. Reload the list."));
    }
    auto read = readOne(QSqlDatabase::database(m_store.connection(), false), id);
    return read.ok() ? Result<Candidate>(shown.value().disclosed(read.value())) : read;
}

Result<QList<Candidate>> Candidates::byIds(const QList<QUuid>& ids) const
{
    using R = Result<QList<Candidate>>;
    const auto shown = disclosure();
    if (!shown.ok()) {
        return R(shown.error());
    }
    const R notFound = R::failure(ErrorCode::NotFound, tr("The candidate is no longer in the file; someone may have "
                                                          "removed them. Reload the list."));
    QJsonArray texts;
    for (const QUuid& id : ids) {
        if (!shown.value().sees(id)) {
            return notFound;  // as byId(): a reviewer learns nothing of those not theirs
        }
        texts.append(idText(id));
    }
    const QString list = QString::fromUtf8(QJsonDocument(texts).toJson(QJsonDocument::Compact));
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + CandidateSql::kSelect +
              QStringLiteral(" FROM candidate WHERE id IN (SELECT value FROM json_each(:ids))"));
    q.bindValue(QStringLiteral(":ids"), list);
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not read the candidate.")));
    }
    QHash<QUuid, Candidate> read;
    while (q.next()) {
        Candidate c = CandidateSql::read(q);
        c.otherLanguages.clear();  // filled below, as readOne() sets them
        read.insert(c.meta.id, std::move(c));
    }
    if (q.lastError().isValid()) {
        return R(sqlError(q.lastError(), tr("Could not read the candidate.")));
    }
    q.finish();
    // Each one's languages in their order, as readLanguages() reads one candidate's.
    q.prepare(
        QStringLiteral("SELECT candidate_id, language, level FROM candidate_language "
                       "WHERE candidate_id IN (SELECT value FROM json_each(:ids)) ORDER BY candidate_id, position"));
    q.bindValue(QStringLiteral(":ids"), list);
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not read the candidates' languages.")));
    }
    while (q.next()) {
        const auto found = read.find(QUuid::fromString(q.value(u"candidate_id"_s).toString()));
        if (found != read.end()) {
            found->otherLanguages.append(
                {q.value(u"language"_s).toString(), toKey<LanguageLevel>(q.value(u"level"_s), LanguageLevel::B1)});
        }
    }
    if (q.lastError().isValid()) {
        return R(sqlError(q.lastError(), tr("Could not read the candidates' languages.")));
    }
    q.finish();
    QList<Candidate> candidates;
    candidates.reserve(ids.size());
    for (const QUuid& id : ids) {
        const auto found = read.constFind(id);
        if (found == read.constEnd()) {
            return notFound;
        }
        candidates.append(shown.value().disclosed(*found));
    }
    return candidates;
}

Result<Candidate> Candidates::save(const Candidate& typed)
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
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
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
        saved.meta.modifiedBy = m_store.actor().label();
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

Result<QList<DuplicateMatch>> Candidates::possibleDuplicates(const Candidate& candidate) const
{
    using R = Result<QList<DuplicateMatch>>;
    // Matching reads every record's names, e-mail, phone and date of birth, and says which
    // matched: a reviewer, who edits and links nobody, is told of none (CandidateDisclosure).
    if (const auto shown = disclosure(); !shown.ok()) {
        return R(shown.error());
    } else if (!shown.value().seesEverything()) {
        return QList<DuplicateMatch>();
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    // Every record counts, archived ones too: a returning applicant is still the same person.
    if (!q.exec(QStringLiteral("SELECT id, family_name, given_names, email, phone, date_of_birth FROM candidate"))) {
        return R(sqlError(q.lastError(), tr("Could not look for duplicates.")));
    }
    QList<DuplicateMatch> matches;
    while (q.next()) {
        Candidate other;
        other.meta.id = QUuid::fromString(q.value(u"id"_s).toString());
        if (other.meta.id == candidate.meta.id) {
            continue;
        }
        other.familyName = q.value(u"family_name"_s).toString();
        other.givenNames = q.value(u"given_names"_s).toString();
        other.email = q.value(u"email"_s).toString();
        other.phone = q.value(u"phone"_s).toString();
        other.dateOfBirth = toDate(q.value(u"date_of_birth"_s));
        const QStringList reasons = DuplicateCheck::reasons(candidate, other);
        if (!reasons.isEmpty()) {
            matches.append({other.meta.id, other.displayName(), reasons});
        }
    }
    return matches;
}

Status Candidates::linkSamePerson(const QUuid& one, const QUuid& other)
{
    if (one.isNull() || other.isNull() || one == other) {
        return Status::failure(ErrorCode::Invalid, tr("Choose two different candidates to link."));
    }
    const QString first = idText(std::min(one, other));
    const QString second = idText(std::max(one, other));
    return m_store.write([&](Store::Change& change) -> Status {
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        q.prepare(QStringLiteral("INSERT INTO candidate_link (candidate_id, other_id, linked_at, linked_by) "
                                 "VALUES (:a, :b, :at, :by) ON CONFLICT DO NOTHING"));
        q.bindValue(QStringLiteral(":a"), first);
        q.bindValue(QStringLiteral(":b"), second);
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        q.bindValue(QStringLiteral(":by"), m_store.actor().label());
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

Result<QList<QUuid>> Candidates::linkedCandidates(const QUuid& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT other_id AS linked_id FROM candidate_link WHERE candidate_id = :a UNION "
                             "SELECT candidate_id FROM candidate_link WHERE other_id = :b"));
    q.bindValue(QStringLiteral(":a"), idText(id));
    q.bindValue(QStringLiteral(":b"), idText(id));
    if (!q.exec()) {
        return Result<QList<QUuid>>(sqlError(q.lastError(), tr("Could not read the linked candidates.")));
    }
    QList<QUuid> ids;
    while (q.next()) {
        ids.append(QUuid::fromString(q.value(u"linked_id"_s).toString()));
    }
    return ids;
}

Status Candidates::setArchived(const QUuid& id, bool archived)
{
    return m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
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
        q.bindValue(QStringLiteral(":by"), m_store.actor().label());
        q.bindValue(QStringLiteral(":id"), idText(id));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not archive %1.").arg(stored.value().displayName()));
        }
        change.action = archived ? QStringLiteral("candidate.archive") : QStringLiteral("candidate.restore");
        change.entity = QStringLiteral("candidate");
        change.entityId = idText(id);
        change.before = RecordJson::toJson(stored.value());
        // The after-image is the row as the UPDATE left it, version and stamp included, so
        // that the next entry's before-image on this record follows on from it.
        Candidate after = stored.value();
        after.archivedAt = archived ? now : QDateTime();
        after.meta.rowVersion = stored.value().meta.rowVersion + 1;
        after.meta.modifiedAt = now;
        after.meta.modifiedBy = m_store.actor().label();
        change.after = RecordJson::toJson(after);
        return Status::success();
    });
}

Status Candidates::erasePersonalData(const QUuid& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Invalid, tr("Write why the personal data is erased; the reason is kept."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        const auto stored = byId(id);
        if (!stored.ok()) {
            return Status(stored.error());
        }
        if (stored.value().isErased()) {
            change.nothingChanged = true;
            return Status::success();
        }
        const QDateTime now = Clock::nowUtc();
        const QStringList statements = {
            QStringLiteral("UPDATE candidate SET family_name = :erased, given_names = '', gender = 'undisclosed', "
                           "date_of_birth = NULL, nationality = '', position = '', email = '', phone = '', "
                           "education = NULL, years_in_customs = 0, years_in_public_administration = 0, "
                           "english_level = NULL, ipr_experience = '', consent_to_keep_data = 0, search_text = '', "
                           "erased_at = :now, row_version = row_version + 1, modified_at = :now, "
                           "modified_by = :by WHERE id = :id"),
            QStringLiteral("DELETE FROM candidate_language WHERE candidate_id = :id"),
            QStringLiteral("DELETE FROM attachment WHERE candidate_id = :id"),
            // Why someone was unavailable (illness, family) is personal too.
            QStringLiteral("DELETE FROM unavailability WHERE candidate_id = :id"),
            // Content no other candidate's attachment uses; secure_delete overwrites it.
            QStringLiteral("DELETE FROM document WHERE NOT EXISTS "
                           "(SELECT 1 FROM attachment a WHERE a.sha256 = document.sha256)"),
        };
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            q.prepare(sql);
            if (sql.contains(QLatin1String(":erased"))) {
                q.bindValue(QStringLiteral(":erased"), kErased);
                q.bindValue(QStringLiteral(":now"), timeText(now));
                q.bindValue(QStringLiteral(":by"), m_store.actor().label());
            }
            if (sql.contains(QLatin1String(":id"))) {
                q.bindValue(QStringLiteral(":id"), idText(id));
            }
            if (!q.exec()) {
                return sqlFailure(q.lastError(), tr("Could not erase the personal data."));
            }
        }
        // Their words leave the search index too: the field rows, the text of documents no
        // longer in the file, and, by merging the index, the index pages that still held them.
        if (auto forgotten = SearchIndex::forgetCandidate(db, idText(id)); !forgotten.ok()) {
            return forgotten;
        }
        if (auto forgotten = SearchIndex::forgetRemovedDocuments(db); !forgotten.ok()) {
            return forgotten;
        }
        if (auto purged = SearchIndex::purgeDeleted(db); !purged.ok()) {
            return purged;
        }
        const auto redacted = AuditLog::redactSubject(m_store.connection(), idText(id), redactJson);
        if (!redacted.ok()) {
            return Status(redacted.error());
        }
        change.action = QStringLiteral("candidate.erase");
        change.entity = QStringLiteral("candidate");
        change.entityId = idText(id);
        // Who erased what and when, without what was erased.
        change.after = {{QStringLiteral("erased_at"), timeText(now)},
                        {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("audit_redacted_from"), redacted.value()}};
        return Status::success();
    });
}

namespace {

/// NewApplications over lists held by the caller.
class ListedApplications final : public NewApplications
{
public:
    ListedApplications(const QList<Candidate>& candidates, const QList<QUuid>& seats, const QList<QUuid>& links)
        : m_candidates(candidates)
        , m_seats(seats)
        , m_links(links)
    {
    }

    Status forEach(const Visit& visit) const override
    {
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            if (auto visited = visit(m_candidates.at(i), m_seats.value(i), m_links.value(i)); !visited.ok()) {
                return visited;
            }
        }
        return Status::success();
    }

private:
    const QList<Candidate>& m_candidates;
    const QList<QUuid>& m_seats;
    const QList<QUuid>& m_links;
};

/// `entry` as a compact JSON text: the audit entry's list of those imported is written a
/// candidate at a time as the text it becomes, not held as a QJsonArray first.
QByteArray compactJson(const QJsonObject& entry)
{
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

}  // namespace

Result<QList<QUuid>> Candidates::addAll(const QList<Candidate>& candidates, const QString& sourceName,
                                        const QList<QUuid>& seats, const QList<QUuid>& links)
{
    return addAll(ListedApplications(candidates, seats, links), sourceName);
}

Result<QList<QUuid>> Candidates::addAll(const NewApplications& applications, const QString& sourceName)
{
    using R = Result<QList<QUuid>>;
    // Spreadsheet cells keep the spaces typed around a value; the free-text rule drops them
    // here, as on every other path. Each candidate is tidied where it is checked, written and
    // indexed, and never copied whole into a list (an import of 100,000 rows held each twice).
    const QDateTime now = Clock::nowUtc();
    const QString actor = m_store.actor().label();
    const auto asImported = [&](const Candidate& typed, const QUuid& id) {
        Candidate c = typed;
        FreeText::tidy(c);
        // An import only ever adds people: whatever identity, stage or archiving the
        // caller's values carry, each is a new application.
        c.meta.id = id;
        c.meta.rowVersion = 1;
        c.meta.modifiedAt = now;
        c.meta.modifiedBy = actor;
        c.stage = Stage::Applied;
        c.archivedAt = QDateTime();
        return c;
    };
    // Every one is checked before anything is written: an import is whole or not at all.
    qsizetype count = 0;
    QSet<QUuid> named;  // the workshops applied to
    QSet<QUuid> linkedTo;
    const Status valid = applications.forEach([&](const Candidate& typed, const QUuid& workshop,
                                                  const QUuid& other) -> Status {
        ++count;
        Candidate candidate = typed;
        FreeText::tidy(candidate);
        if (auto checked = candidate.validate(); !checked.ok()) {
            return Status::failure(
                ErrorCode::Invalid,
                tr("%1 cannot be imported: %2\nNothing was imported.").arg(candidate.displayName(), checked.summary()));
        }
        if (!workshop.isNull()) {
            named.insert(workshop);
        }
        if (!other.isNull()) {
            linkedTo.insert(other);
        }
        return Status::success();
    });
    if (count == 0) {
        return R::failure(ErrorCode::Invalid, tr("There is no candidate to import; nothing was imported."));
    }
    if (!valid.ok()) {
        return R(valid.error());
    }
    QList<QUuid> ids;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        ids.clear();  // nothing of a failed attempt may leak into the result
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        // The workshop a row names is its application, not a seat (the seat comes with the
        // selection): any number of rows may apply to a workshop of 10 seats. It must still
        // be in the file now, whatever was read before.
        QSqlQuery workshopExists(db);
        workshopExists.prepare(QStringLiteral("SELECT 1 FROM workshop WHERE id = :id"));
        for (const QUuid& workshop : std::as_const(named)) {
            workshopExists.bindValue(QStringLiteral(":id"), idText(workshop));
            if (!workshopExists.exec()) {
                return sqlFailure(workshopExists.lastError(), tr("Could not read the workshops."));
            }
            if (!workshopExists.next()) {
                return Status::failure(ErrorCode::NotFound, tr("A workshop named by the import is not in the file; "
                                                               "nothing was imported."));
            }
            workshopExists.finish();
        }
        // A row linked to a stored candidate links to someone the file holds now.
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM candidate WHERE id = :id"));
        for (const QUuid& other : std::as_const(linkedTo)) {
            exists.bindValue(QStringLiteral(":id"), idText(other));
            if (!exists.exec()) {
                return sqlFailure(exists.lastError(), tr("Could not read the candidate to link."));
            }
            if (!exists.next()) {
                return Status::failure(ErrorCode::NotFound, tr("A candidate the import links a row to is no longer in "
                                                               "the file; nothing was imported. Import again."));
            }
            exists.finish();
        }
        QSqlQuery link(db);
        link.prepare(QStringLiteral("INSERT INTO candidate_link (candidate_id, other_id, linked_at, linked_by) "
                                    "VALUES (:a, :b, :at, :by) ON CONFLICT DO NOTHING"));
        QSqlQuery enrol(db);
        enrol.prepare(QStringLiteral("INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) "
                                     "VALUES (:id, :w, :at, :by)"));
        // Every row below was checked by Candidate::validate() above, its stage, levels and
        // other keys are written from their types, and a link's ids are ordered: SQLite's own
        // CHECKs would only check them again, at a fifth of the import's time.
        std::optional<CandidateSql::CheckConstraintsAsValidated> validated(std::in_place, m_store.connection());
        CandidateSql::NewRows rows(m_store.connection());
        QByteArray listed = "[";  // the audit entry's "candidates", as its compact JSON
        ids.reserve(count);
        const Status written =
            applications.forEach([&](const Candidate& typed, const QUuid& workshop, const QUuid& other) -> Status {
                const Candidate c = asImported(typed, QUuid::createUuid());
                if (auto inserted = insertCandidate(rows, c); !inserted.ok()) {
                    return inserted;
                }
                QJsonObject entry{{QStringLiteral("id"), idText(c.meta.id)}, {QStringLiteral("name"), c.displayName()}};
                if (!workshop.isNull()) {
                    enrol.bindValue(QStringLiteral(":id"), idText(c.meta.id));
                    enrol.bindValue(QStringLiteral(":w"), idText(workshop));
                    enrol.bindValue(QStringLiteral(":at"), timeText(now));
                    enrol.bindValue(QStringLiteral(":by"), actor);
                    if (!enrol.exec()) {
                        return sqlFailure(enrol.lastError(), tr("Could not record the application."));
                    }
                    entry.insert(QStringLiteral("workshop_id"), idText(workshop));
                }
                if (!other.isNull()) {
                    // Ordered as texts, as the table's CHECK compares them, whatever the ids' variants.
                    const QString self = idText(c.meta.id);
                    const QString stored = idText(other);
                    link.bindValue(QStringLiteral(":a"), std::min(self, stored));
                    link.bindValue(QStringLiteral(":b"), std::max(self, stored));
                    link.bindValue(QStringLiteral(":at"), timeText(now));
                    link.bindValue(QStringLiteral(":by"), actor);
                    if (!link.exec()) {
                        return sqlFailure(
                            link.lastError(),
                            tr("Could not link %1 to the candidate already in the file.").arg(c.displayName()));
                    }
                    entry.insert(QStringLiteral("linked_to"), idText(other));
                }
                if (!ids.isEmpty()) {
                    listed.append(',');
                }
                listed.append(compactJson(entry));
                ids.append(c.meta.id);
                return Status::success();
            });
        validated.reset();
        if (!written.ok()) {
            return written;
        }
        listed.append(']');
        // The search index last, all at once: FieldRows says why.
        SearchIndex::FieldRows fieldRows(db);
        qsizetype index = 0;
        const Status indexed = applications.forEach([&](const Candidate& typed, const QUuid&, const QUuid&) {
            return fieldRows.add(asImported(typed, ids.at(index++)));
        });
        if (!indexed.ok()) {
            return indexed;
        }
        if (auto finished = fieldRows.finish(); !finished.ok()) {
            return finished;
        }
        const QString importId = idText(QUuid::createUuid());
        change.action = QStringLiteral("candidate.import");
        change.entity = QStringLiteral("candidate_import");
        change.entityId = importId;
        // "file_name" is what the history views show as the record of an entry. The entry's
        // text is the compact JSON of {candidates, count, file_name}, keys in that order, as a
        // QJsonObject holding the list would write it.
        QByteArray after = compactJson({{QStringLiteral("candidates"), QJsonArray()},
                                        {QStringLiteral("count"), int(ids.size())},
                                        {QStringLiteral("file_name"), sourceName}});
        const QByteArray emptyList = "{\"candidates\":[]";
        if (!after.startsWith(emptyList)) {
            return Status::failure(ErrorCode::Internal, tr("Could not record the import in the audit trail."));
        }
        listed.prepend("{\"candidates\":");
        after.replace(0, emptyList.size(), listed);
        listed = QByteArray();
        change.afterText = QString::fromUtf8(after);
        return Status::success();
    });
    if (!status.ok()) {
        return R(status.error());
    }
    return ids;
}

Result<QList<Attachment>> Candidates::attachments(const QUuid& candidateId) const
{
    if (const auto shown = disclosure(); !shown.ok() || !shown.value().sees(candidateId)) {
        return shown.ok() ? Result<QList<Attachment>>(QList<Attachment>()) : Result<QList<Attachment>>(shown.error());
    }
    return readAll<Attachment>(m_store.connection(),
                               QStringLiteral("SELECT ") + kAttachmentColumns +
                                   QStringLiteral(" FROM attachment WHERE candidate_id = :id ORDER BY added_at, rowid"),
                               {{QStringLiteral(":id"), idText(candidateId)}}, readAttachment,
                               tr("Could not read the candidate's documents."));
}

Result<QByteArray> Candidates::attachmentContent(const QUuid& attachmentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.sha256 AS sha256, a.file_name AS file_name, a.candidate_id AS candidate_id "
                             "FROM attachment a WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(attachmentId));
    if (!q.exec()) {
        return Result<QByteArray>(sqlError(q.lastError(), tr("Could not read the document.")));
    }
    if (!q.next()) {
        return Result<QByteArray>::failure(ErrorCode::NotFound, tr("The document is no longer in the file."));
    }
    const QString sha256 = q.value(u"sha256"_s).toString();
    const QString fileName = q.value(u"file_name"_s).toString();
    const QUuid owner = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    q.finish();
    if (const auto shown = disclosure(); !shown.ok() || !shown.value().sees(owner)) {
        return shown.ok()
                   ? Result<QByteArray>::failure(ErrorCode::NotFound, tr("The document is no longer in the file."))
                   : Result<QByteArray>(shown.error());
    }
    return DocumentBytes::read(m_store.connection(), sha256, fileName);
}

Result<Attachment> Candidates::addAttachment(const Attachment& proposed)
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
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
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
                tr("This document is already attached as \"%1\".").arg(existing.value(u"file_name"_s).toString()));
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
        stamp(saved.meta, m_store.actor());
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

Status Candidates::removeAttachment(const QUuid& attachmentId)
{
    return m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        const auto found = readAll<Attachment>(
            m_store.connection(),
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
        const QString sha = hash.value(u"sha256"_s).toString();
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
