// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CandidateSearch.h"

#include "assessment/CandidateDisclosure.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/CandidateFilter.h"
#include "store/internal/CandidateSql.h"
#include "Clock.h"
#include "store/internal/DocumentBytes.h"
#include "domain/DocumentText.h"
#include "domain/TextFold.h"
#include "store/internal/SearchIndex.h"
#include "store/internal/SqlError.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreSql.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace StoreSql;
using namespace Qt::StringLiterals;

CandidateSearch::CandidateSearch(Store& store)
    : m_store(store)
{
}

QString SearchHit::markedSnippet(const QString& before, const QString& after) const
{
    QString marked = snippet;
    marked.replace(QChar(kMarkStart), before);
    marked.replace(QChar(kMarkEnd), after);
    return marked;
}

Result<QList<SearchHit>> CandidateSearch::find(const QString& text, int limit, bool includeArchived) const
{
    CandidateFilter filter;
    filter.text = text;
    filter.includeArchived = includeArchived;
    return find(filter, limit);
}

Result<QList<SearchHit>> CandidateSearch::find(const CandidateFilter& filter, int limit) const
{
    using R = Result<QList<SearchHit>>;
    const QStringList terms = SearchIndex::terms(filter.text);
    if (terms.isEmpty()) {
        return QList<SearchHit>();
    }
    const bool everyWord = terms.size() > 1;
    // The best places first, among the candidates who hold every word somewhere in their
    // record and whom the rest of the filter lists; a place holds any of the words. FTS5
    // orders its matches by rank itself and the join stops at the limit, so snippets are
    // made for the places returned only. Names and documents' file names are looked up
    // for those places afterwards.
    // A reviewer's search never counts a field hidden from them (CandidateDisclosure): not in
    // the places found, nor towards "every word somewhere in the record". Their hits are
    // sorted out after (shownAs), so the limit is applied then.
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return R(disclosure.error());
    }
    const bool reviewer = !disclosure.value().seesEverything();
    const QStringList hidden = reviewer ? QStringList{QStringLiteral("email")} : QStringList();
    const int asked = limit;
    if (reviewer) {
        limit = 0;
    }
    QVariantMap bindings;
    QStringList conditions = CandidateSql::conditions(
        filter, filter.retentionDue ? m_store.settings().retentionYears() : 0, bindings, false);
    conditions.prepend(SearchIndex::withoutPlaces(QStringLiteral("s"), hidden));
    conditions.prepend(QStringLiteral("c.erased_at IS NULL"));
    conditions.prepend(QStringLiteral("s.search_index MATCH :any"));
    QString sql;
    if (everyWord) {
        sql += QStringLiteral("WITH every_word(id) AS MATERIALIZED (") +
               SearchIndex::candidatesMatchingAll(int(terms.size()), hidden) + QStringLiteral("), ");
    } else {
        sql += QStringLiteral("WITH ");
    }
    sql += QStringLiteral(
               "best AS MATERIALIZED (SELECT m.candidate_id AS candidate_id, s.place AS place, s.owner AS owner, "
               "snippet(search_index, 2, char(2), char(3), '…', 16) AS snippet, s.rank AS rank "
               "FROM search_index s JOIN search_row m ON m.row = s.rowid JOIN candidate c ON c.id = m.candidate_id ") +
           (everyWord ? QStringLiteral("JOIN every_word e ON e.id = m.candidate_id ") : QString()) +
           QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY s.rank") +
           (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()) +
           QStringLiteral(") SELECT b.candidate_id AS candidate_id, c.family_name AS family_name, "
                          "c.given_names AS given_names, b.place AS place, a.id AS attachment_id, "
                          "a.file_name AS file_name, b.snippet AS snippet "
                          "FROM best b JOIN candidate c ON c.id = b.candidate_id LEFT JOIN attachment a "
                          "ON b.place = 'document' AND a.candidate_id = b.candidate_id AND a.sha256 = b.owner "
                          "ORDER BY b.rank, c.family_name, c.given_names");
    bindings.insert(QStringLiteral(":any"), terms.join(QStringLiteral(" OR ")));
    for (int i = 0; i < terms.size() && everyWord; ++i) {
        bindings.insert(QStringLiteral(":ft%1").arg(i), terms.at(i));
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return R(sqlError(q.lastError(), tr("Could not search the candidates.")));
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not search the candidates.")));
    }
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
        Candidate named;
        named.familyName = q.value(u"family_name"_s).toString();
        named.givenNames = q.value(u"given_names"_s).toString();
        hit.candidateName = named.displayName();
        hit.place = q.value(u"place"_s).toString();
        if (hit.place == SearchIndex::kDocumentPlace) {
            hit.attachmentId = QUuid::fromString(q.value(u"attachment_id"_s).toString());
            hit.where = q.value(u"file_name"_s).toString();
        } else {
            hit.where = SearchIndex::fieldLabel(hit.place);
        }
        hit.snippet = q.value(u"snippet"_s).toString().simplified();
        hits.append(hit);
    }
    q.finish();
    if (!reviewer) {
        return hits;
    }
    auto shown = shownAs(hits, filter.text);
    if (shown.ok() && asked > 0 && shown.value().size() > asked) {
        shown.value().resize(asked);
    }
    return shown;
}

namespace {

/// Whether one word typed in a search is found in `text` as the index finds it: its parts
/// ("o'brien": o, brien) one after the other, the last as a prefix when the word has two
/// letters or more (SearchIndex::termQuery), accents and case ignored.
bool wordFoundIn(const QString& word, const QString& text)
{
    QStringList parts = SearchIndex::words(TextFold::fold(word));
    if (parts.isEmpty()) {
        return true;
    }
    const bool prefix = parts.size() > 1 || parts.constFirst().size() > 1;
    const QStringList words = SearchIndex::words(TextFold::fold(text));
    for (qsizetype at = 0; at + parts.size() <= words.size(); ++at) {
        bool found = true;
        for (qsizetype i = 0; i < parts.size() && found; ++i) {
            const bool last = i == parts.size() - 1;
            found = last && prefix ? words.at(at + i).startsWith(parts.at(i)) : words.at(at + i) == parts.at(i);
        }
        if (found) {
            return true;
        }
    }
    return false;
}

}  // namespace

Result<QList<SearchHit>> CandidateSearch::shownAs(QList<SearchHit> hits, const QString& typed) const
{
    using R = Result<QList<SearchHit>>;
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return R(disclosure.error());
    }
    if (disclosure.value().seesEverything()) {
        return hits;
    }
    // A reviewer finds only the candidates they see, never by a field hidden from them; an
    // anonymised candidate only by their experience as disclosed (their name and
    // administration replaced by the code): every word must be found there, or a search for a
    // hidden name would tell which code it is.
    QStringList typedWords;
    for (const QString& word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!SearchIndex::words(word).isEmpty()) {
            typedWords.append(word);
        }
    }
    QHash<QUuid, std::optional<Candidate>> shown;
    QList<SearchHit> kept;
    for (SearchHit& hit : hits) {
        if (!shown.contains(hit.candidateId)) {
            const auto c = m_store.candidates().byId(hit.candidateId);
            shown.insert(hit.candidateId, c.ok() ? std::optional<Candidate>(c.value()) : std::nullopt);
        }
        const std::optional<Candidate>& c = shown.value(hit.candidateId);
        if (!c || hit.place == QLatin1String("email")) {
            continue;
        }
        if (disclosure.value().anonymises(*c)) {
            if (hit.place != QLatin1String("ipr_experience") ||
                !std::all_of(typedWords.cbegin(), typedWords.cend(),
                             [&](const QString& word) { return wordFoundIn(word, c->iprExperience); })) {
                continue;
            }
            hit.snippet = c->iprExperience.simplified().left(160);
        }
        hit.candidateName = c->displayName();
        kept.append(hit);
    }
    return kept;
}

Result<QList<DocumentToRead>> CandidateSearch::documentsToRead(int maxCount, qint64 maxBytes) const
{
    using R = Result<QList<DocumentToRead>>;
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.sha256 AS sha256, d.size AS size, a.media_type AS media_type, a.file_name AS file_name "
        "FROM document d "
        "JOIN attachment a ON a.rowid = (SELECT min(rowid) FROM attachment WHERE sha256 = d.sha256) "
        "WHERE NOT EXISTS (SELECT 1 FROM document_text t WHERE t.sha256 = d.sha256) "
        "ORDER BY d.rowid LIMIT :count"));
    q.bindValue(QStringLiteral(":count"), std::max(1, maxCount));
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not read the documents.")));
    }
    QList<DocumentToRead> documents;
    qint64 bytes = 0;
    while (q.next()) {
        const qint64 size = q.value(u"size"_s).toLongLong();
        if (!documents.isEmpty() && bytes + size > maxBytes) {
            break;
        }
        bytes += size;
        documents.append({q.value(u"sha256"_s).toString(), q.value(u"media_type"_s).toString(),
                          q.value(u"file_name"_s).toString(), QByteArray()});
    }
    q.finish();
    for (DocumentToRead& document : documents) {
        const auto content = DocumentBytes::read(m_store.connection(), document.sha256, document.fileName);
        if (!content.ok()) {
            return R(content.error());
        }
        document.content = content.value();
    }
    return documents;
}

Result<int> CandidateSearch::documentsToReadCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    // document_text holds one row per document read and goes with its document (ON DELETE
    // CASCADE, checked by CandidateSearch::check), so two counts tell; a NOT EXISTS walked every
    // document, 5 ms at 15,000 on each search in documents.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM document) - (SELECT count(*) FROM document_text) AS n")) ||
        !q.next()) {
        return Result<int>(sqlError(q.lastError(), tr("Could not count the documents.")));
    }
    return q.value(u"n"_s).toInt();
}

Result<int> CandidateSearch::storeDocumentTexts(const QList<DocumentText>& texts)
{
    if (texts.isEmpty()) {
        return 0;
    }
    int stored = 0;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        stored = 0;
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM document WHERE sha256 = :sha256"));
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO document_text (sha256, outcome, detail, extracted_at, extractor_version) "
            "VALUES (:sha256, :outcome, :detail, :at, :version) ON CONFLICT (sha256) DO UPDATE SET "
            "outcome = excluded.outcome, detail = excluded.detail, extracted_at = excluded.extracted_at, "
            "extractor_version = excluded.extractor_version"));
        const QString now = timeText(Clock::nowUtc());
        QHash<TextOutcome, int> counts;
        for (const DocumentText& document : texts) {
            exists.bindValue(QStringLiteral(":sha256"), document.sha256);
            if (!exists.exec()) {
                return sqlFailure(exists.lastError(), tr("Could not store the documents' text."));
            }
            const bool stillThere = exists.next();
            exists.finish();
            if (!stillThere) {
                continue;  // removed while it was being read
            }
            record.bindValue(QStringLiteral(":sha256"), document.sha256);
            record.bindValue(QStringLiteral(":outcome"), keyOf(document.outcome));
            record.bindValue(QStringLiteral(":detail"), text(document.detail));
            record.bindValue(QStringLiteral(":at"), now);
            record.bindValue(QStringLiteral(":version"), std::max(1, document.extractorVersion));
            if (!record.exec()) {
                return sqlFailure(record.lastError(), tr("Could not store the documents' text."));
            }
            const QString indexed = document.outcome == TextOutcome::Text ? document.text : QString();
            if (auto done = SearchIndex::indexDocument(db, document.sha256, indexed); !done.ok()) {
                return done;
            }
            ++counts[document.outcome];
            ++stored;
        }
        if (stored == 0) {
            change.nothingChanged = true;
            return Status::success();
        }
        const QString batch = idText(QUuid::createUuid());
        change.action = QStringLiteral("document.index");
        change.entity = QStringLiteral("document_text");
        change.entityId = batch;
        // Counts only: the text is derived from documents already in the file, and which
        // documents they were would tell about people whose data may be erased later.
        QJsonObject after{{QStringLiteral("documents"), stored},
                          {QStringLiteral("extractor_version"), texts.constFirst().extractorVersion}};
        for (TextOutcome outcome : allOf<TextOutcome>()) {
            after.insert(keyOf(outcome), counts.value(outcome));
        }
        change.after = after;
        return Status::success();
    });
    if (!status.ok()) {
        return Result<int>(status.error());
    }
    return stored;
}

Result<QHash<QUuid, DocumentText>> CandidateSearch::documentTextOutcomes(const QUuid& candidateId) const
{
    using R = Result<QHash<QUuid, DocumentText>>;
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id AS attachment_id, t.sha256 AS sha256, t.outcome AS outcome, t.detail AS detail, "
                       "t.extractor_version AS extractor_version FROM attachment a "
                       "JOIN document_text t ON t.sha256 = a.sha256 WHERE a.candidate_id = :id"));
    q.bindValue(QStringLiteral(":id"), idText(candidateId));
    if (!q.exec()) {
        return R(sqlError(q.lastError(), tr("Could not read the documents.")));
    }
    QHash<QUuid, DocumentText> outcomes;
    while (q.next()) {
        DocumentText document;
        document.sha256 = q.value(u"sha256"_s).toString();
        document.outcome = toKey<TextOutcome>(q.value(u"outcome"_s), TextOutcome::Failed);
        document.detail = q.value(u"detail"_s).toString();
        document.extractorVersion = q.value(u"extractor_version"_s).toInt();
        outcomes.insert(QUuid::fromString(q.value(u"attachment_id"_s).toString()), document);
    }
    return outcomes;
}
