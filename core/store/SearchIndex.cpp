#include "SearchIndex.h"

#include "Candidate.h"
#include "SqlError.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct SearchIndexText {
    Q_DECLARE_TR_FUNCTIONS(SearchIndexText)
};

struct Field {
    const char* place;
    const char* label;
    QString Candidate::*member;
};

// The fields a person would look a candidate up by, and the free text of their experience.
const Field kFields[] = {
    {"family_name", QT_TRANSLATE_NOOP("SearchIndexText", "Family name"), &Candidate::familyName},
    {"given_names", QT_TRANSLATE_NOOP("SearchIndexText", "Given names"), &Candidate::givenNames},
    {"administration", QT_TRANSLATE_NOOP("SearchIndexText", "Administration"), &Candidate::administration},
    {"nationality", QT_TRANSLATE_NOOP("SearchIndexText", "Nationality"), &Candidate::nationality},
    {"email", QT_TRANSLATE_NOOP("SearchIndexText", "E-mail"), &Candidate::email},
    {"position", QT_TRANSLATE_NOOP("SearchIndexText", "Position"), &Candidate::position},
    {"ipr_experience", QT_TRANSLATE_NOOP("SearchIndexText", "IPR experience"), &Candidate::iprExperience},
};

Status run(QSqlDatabase db, const QString& sql, const QVariantMap& bindings)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return sqlFailure(q.lastError(), SearchIndexText::tr("Could not update the search index."));
    }
    return Status::success();
}

} // namespace

const QString SearchIndex::kDocumentPlace = QStringLiteral("document");

const QString SearchIndex::kRowsWithCandidate = QStringLiteral(
    "FROM search_index s LEFT JOIN attachment a ON s.place = 'document' AND a.sha256 = s.owner "
    "JOIN candidate c ON c.id = coalesce(a.candidate_id, s.owner) ");

QStringList SearchIndex::terms(const QString& text)
{
    QStringList found;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString term = termQuery(word);
        if (!term.isEmpty() && !found.contains(term)) {
            found.append(term);
        }
    }
    return found;
}

QString SearchIndex::candidatesMatchingAll(int termCount)
{
    // Every word must be in the candidate's record, not necessarily in one field or one
    // document: "Wróbel Mercator" finds her by name and CV together.
    // Without the join to candidate: the caller filters the candidates, and at 10,000 CVs a
    // common word matches 12,000 rows, where every lookup counts (docs/performance.md).
    QStringList each;
    for (int i = 0; i < termCount; ++i) {
        each.append(QStringLiteral("SELECT coalesce(a.candidate_id, s.owner) FROM search_index s "
                                   "LEFT JOIN attachment a ON s.place = 'document' AND a.sha256 = s.owner "
                                   "WHERE s.search_index MATCH :ft%1")
                        .arg(i));
    }
    return each.join(QStringLiteral(" INTERSECT "));
}

QStringList SearchIndex::fieldPlaces()
{
    QStringList places;
    for (const Field& field : kFields) {
        places.append(QLatin1String(field.place));
    }
    return places;
}

QString SearchIndex::fieldLabel(const QString& place)
{
    for (const Field& field : kFields) {
        if (place == QLatin1String(field.place)) {
            return SearchIndexText::tr(field.label);
        }
    }
    return place;
}

Status SearchIndex::forgetCandidate(QSqlDatabase db, const QString& candidateId)
{
    // owner is UNINDEXED: this scans the index's content table, a few milliseconds at 10,000
    // candidates, which a save can afford.
    return run(db, QStringLiteral("DELETE FROM search_index WHERE owner = :owner AND place <> 'document'"),
               {{QStringLiteral(":owner"), candidateId}});
}

Status SearchIndex::indexCandidate(QSqlDatabase db, const Candidate& candidate)
{
    const QString id = idText(candidate.meta.id);
    if (auto forgotten = forgetCandidate(db, id); !forgotten.ok()) {
        return forgotten;
    }
    return addCandidateFields(db, candidate);
}

Status SearchIndex::addCandidateFields(QSqlDatabase db, const Candidate& candidate)
{
    const QString id = idText(candidate.meta.id);
    if (candidate.isErased()) {
        return Status::success();  // an anonymous placeholder is found by nobody
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_index (owner, place, body) VALUES (:owner, :place, :body)"));
    for (const Field& field : kFields) {
        const QString value = (candidate.*field.member).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        insert.bindValue(QStringLiteral(":owner"), id);
        insert.bindValue(QStringLiteral(":place"), QLatin1String(field.place));
        insert.bindValue(QStringLiteral(":body"), value);
        if (!insert.exec()) {
            return sqlFailure(insert.lastError(), SearchIndexText::tr("Could not update the search index."));
        }
    }
    return Status::success();
}

Status SearchIndex::indexDocument(QSqlDatabase db, const QString& sha256, const QString& text)
{
    if (auto removed = run(db, QStringLiteral("DELETE FROM search_index WHERE owner = :owner AND place = 'document'"),
                           {{QStringLiteral(":owner"), sha256}});
        !removed.ok()) {
        return removed;
    }
    if (text.trimmed().isEmpty()) {
        return Status::success();
    }
    return run(db, QStringLiteral("INSERT INTO search_index (owner, place, body) VALUES (:owner, 'document', :body)"),
               {{QStringLiteral(":owner"), sha256}, {QStringLiteral(":body"), text}});
}

Status SearchIndex::forgetRemovedDocuments(QSqlDatabase db)
{
    return run(db,
               QStringLiteral("DELETE FROM search_index WHERE place = 'document' AND "
                              "owner NOT IN (SELECT sha256 FROM document)"),
               {});
}

Status SearchIndex::purgeDeleted(QSqlDatabase db)
{
    return run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"), {});
}

QStringList SearchIndex::words(const QString& text)
{
    // The same split as the unicode61 tokenizer: runs of letters, digits and marks.
    static const QRegularExpression kWord(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList found;
    for (auto it = kWord.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    return found;
}

QString SearchIndex::termQuery(const QString& word)
{
    const QStringList parts = words(word);
    if (parts.isEmpty()) {
        return {};
    }
    // A quoted string is a phrase to FTS5: the parts of "o'brien" stay together.
    QString quoted = QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (parts.size() > 1 || parts.constFirst().size() > 1) {
        quoted += QLatin1Char('*');
    }
    return quoted;
}
