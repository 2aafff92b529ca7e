// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/SearchIndex.h"

#include "domain/Candidate.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace StoreSql;
using namespace Qt::StringLiterals;

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

}  // namespace

const QString SearchIndex::kDocumentPlace = QStringLiteral("document");

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

QString SearchIndex::withoutPlaces(const QString& alias, const QStringList& places)
{
    if (places.isEmpty()) {
        return QStringLiteral("1");
    }
    QStringList quoted;
    for (const QString& place : places) {
        quoted.append(QLatin1Char('\'') + QString(place).replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\''));
    }
    return alias + QStringLiteral(".place NOT IN (") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString SearchIndex::candidatesMatchingAll(int termCount, const QStringList& hiddenPlaces)
{
    // Every word must be in the candidate's record, not necessarily in one field or one
    // document: "Wróbel Mercator" finds her by name and CV together. A row's candidates come
    // from search_row, never from the FTS content table (a row holding a whole CV) or the
    // attachments: at 10,000 CVs a common word matches 22,000 rows (docs/performance.md).
    QStringList each;
    for (int i = 0; i < termCount; ++i) {
        each.append(QStringLiteral("SELECT m%1.candidate_id FROM search_index s%1 "
                                   "JOIN search_row m%1 ON m%1.row = s%1.rowid WHERE s%1.search_index MATCH :ft%1")
                        .arg(i) +
                    (hiddenPlaces.isEmpty()
                         ? QString()
                         : QStringLiteral(" AND ") + withoutPlaces(QStringLiteral("s%1").arg(i), hiddenPlaces)));
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
    // The field rows, found through search_row; the candidate keeps the rows of documents
    // still attached (an erasure removes the attachments first, and the triggers those rows).
    const QVariantMap owner{{QStringLiteral(":owner"), candidateId}};
    if (auto removed = run(db,
                           QStringLiteral("DELETE FROM search_index WHERE rowid IN "
                                          "(SELECT row FROM search_row WHERE candidate_id = :owner) "
                                          "AND place <> 'document'"),
                           owner);
        !removed.ok()) {
        return removed;
    }
    return run(db,
               QStringLiteral("DELETE FROM search_row WHERE candidate_id = :owner AND NOT EXISTS "
                              "(SELECT 1 FROM search_index s WHERE s.rowid = search_row.row)"),
               owner);
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
    FieldRows rows(db);
    if (auto added = rows.add(candidate); !added.ok()) {
        return added;
    }
    return rows.finish();
}

SearchIndex::FieldRows::FieldRows(QSqlDatabase db)
    : m_db(SqlConnection::nativeHandle(db.connectionName()))
    , m_owned(db)
{
    static const char insert[] = "INSERT INTO search_index (owner, place, body) VALUES (?1, ?2, ?3)";
    if (m_db && sqlite3_prepare_v2(m_db, insert, int(sizeof insert - 1), &m_insert, nullptr) != SQLITE_OK) {
        m_insert = nullptr;  // add() reports the error
    }
    // The rows added since the first are this unit's own: rowids only grow within it. They
    // are read from FTS5's content table (owner, place as c0, c1), as the seals read them: a
    // plain range of its b-tree, where the virtual table looked each row up again.
    m_owned.prepare(QStringLiteral("INSERT INTO search_row (row, candidate_id) SELECT id, c0 FROM "
                                   "main.search_index_content WHERE id >= :first AND c1 <> 'document'"));
}

Status SearchIndex::FieldRows::add(const Candidate& candidate)
{
    const QString id = idText(candidate.meta.id);
    if (candidate.isErased()) {
        return Status::success();  // an anonymous placeholder is found by nobody
    }
    const auto failed = [this]() {
        const QString context = SearchIndexText::tr("Could not update the search index.");
        if (!m_db) {
            return Status::failure(ErrorCode::Internal, context);
        }
        return sqlFailure(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                    QString::number(sqlite3_extended_errcode(m_db))),
                          context);
    };
    if (!m_insert) {
        return failed();
    }
    for (const Field& field : kFields) {
        const QString value = (candidate.*field.member).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        // Bound as UTF-16, as Qt Sql bound them: SQLite converts them to the file's UTF-8
        // itself, so the index holds the same bytes as before.
        sqlite3_bind_text16(m_insert, 1, id.utf16(), int(id.size() * sizeof(QChar)), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 2, field.place, -1, SQLITE_STATIC);
        sqlite3_bind_text16(m_insert, 3, value.utf16(), int(value.size() * sizeof(QChar)), SQLITE_STATIC);
        const int step = sqlite3_step(m_insert);
        const Status stepped = step == SQLITE_DONE ? Status::success() : failed();
        sqlite3_reset(m_insert);
        sqlite3_clear_bindings(m_insert);
        if (!stepped.ok()) {
            return stepped;
        }
        if (m_first.isNull()) {
            m_first = qint64(sqlite3_last_insert_rowid(m_db));
        }
    }
    return Status::success();
}

SearchIndex::FieldRows::~FieldRows()
{
    sqlite3_finalize(m_insert);
}

Status SearchIndex::FieldRows::finish()
{
    if (m_first.isNull()) {
        return Status::success();
    }
    m_owned.bindValue(QStringLiteral(":first"), m_first);
    if (!m_owned.exec()) {
        return sqlFailure(m_owned.lastError(), SearchIndexText::tr("Could not update the search index."));
    }
    m_first = QVariant();
    return Status::success();
}

Status SearchIndex::indexDocument(QSqlDatabase db, const QString& sha256, const QString& text)
{
    // The row that held its text before, if it was read already (a newer extractor).
    const QVariantMap document{{QStringLiteral(":sha256"), sha256}};
    const QString previous = QStringLiteral("(SELECT search_row FROM document_text WHERE sha256 = :sha256)");
    const QStringList forget = {QStringLiteral("DELETE FROM search_row WHERE row = ") + previous,
                                QStringLiteral("DELETE FROM search_index WHERE rowid = ") + previous,
                                QStringLiteral("UPDATE document_text SET search_row = NULL WHERE sha256 = :sha256")};
    for (const QString& sql : forget) {
        if (auto done = run(db, sql, document); !done.ok()) {
            return done;
        }
    }
    if (text.trimmed().isEmpty()) {
        return Status::success();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_index (owner, place, body) VALUES (:owner, 'document', :body)"));
    insert.bindValue(QStringLiteral(":owner"), sha256);
    insert.bindValue(QStringLiteral(":body"), text);
    if (!insert.exec()) {
        return sqlFailure(insert.lastError(), SearchIndexText::tr("Could not update the search index."));
    }
    const QVariantMap row{{QStringLiteral(":sha256"), sha256}, {QStringLiteral(":row"), insert.lastInsertId()}};
    if (auto noted = run(db, QStringLiteral("UPDATE document_text SET search_row = :row WHERE sha256 = :sha256"), row);
        !noted.ok()) {
        return noted;
    }
    return run(db,
               QStringLiteral("INSERT INTO search_row (row, candidate_id) "
                              "SELECT :row, candidate_id FROM attachment WHERE sha256 = :sha256"),
               row);
}

Status SearchIndex::forgetDocument(QSqlDatabase db, const QString& sha256)
{
    // Its document_text row, and with it the row number, went with the document: find the
    // row by its owner (a scan of the content table, a few milliseconds).
    const QVariantMap owner{{QStringLiteral(":owner"), sha256}};
    if (auto unmapped = run(db,
                            QStringLiteral("DELETE FROM search_row WHERE row IN (SELECT rowid FROM search_index "
                                           "WHERE owner = :owner AND place = 'document')"),
                            owner);
        !unmapped.ok()) {
        return unmapped;
    }
    return run(db, QStringLiteral("DELETE FROM search_index WHERE owner = :owner AND place = 'document'"), owner);
}

Status SearchIndex::forgetRemovedDocuments(QSqlDatabase db)
{
    const QString removed = QStringLiteral("(SELECT rowid FROM search_index WHERE place = 'document' AND "
                                           "owner NOT IN (SELECT sha256 FROM document))");
    if (auto unmapped = run(db, QStringLiteral("DELETE FROM search_row WHERE row IN ") + removed, {}); !unmapped.ok()) {
        return unmapped;
    }
    return run(db, QStringLiteral("DELETE FROM search_index WHERE rowid IN ") + removed, {});
}

Status SearchIndex::purgeDeleted(QSqlDatabase db)
{
    return run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"), {});
}

Result<QStringList> SearchIndex::problems(QSqlDatabase db)
{
    // Each query counts one way for search_row to disagree with what it reflects.
    const struct {
        const char* sql;
        const char* message;
    } kChecks[] = {
        {"SELECT count(*) AS n FROM search_index s WHERE s.place <> 'document' AND NOT EXISTS "
         "(SELECT 1 FROM search_row m WHERE m.row = s.rowid AND m.candidate_id = s.owner)",
         QT_TRANSLATE_N_NOOP("SearchIndexText", "%n field(s) in the search index do not lead to their candidate.")},
        {"SELECT count(*) AS n FROM attachment a JOIN document_text t ON t.sha256 = a.sha256 "
         "WHERE t.search_row IS NOT NULL AND NOT EXISTS "
         "(SELECT 1 FROM search_row m WHERE m.row = t.search_row AND m.candidate_id = a.candidate_id)",
         QT_TRANSLATE_N_NOOP("SearchIndexText", "%n attached document(s) are not found by the search.")},
        {"SELECT count(*) AS n FROM search_row m WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = m.row) "
         "OR NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = m.row AND (s.owner = m.candidate_id OR "
         "EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = s.owner AND a.candidate_id = m.candidate_id)))",
         QT_TRANSLATE_N_NOOP("SearchIndexText", "%n search row(s) lead to a candidate they do not belong to.")},
        {"SELECT count(*) AS n FROM search_index s WHERE s.place = 'document' AND NOT EXISTS "
         "(SELECT 1 FROM document_text t WHERE t.sha256 = s.owner AND t.search_row = s.rowid)",
         QT_TRANSLATE_N_NOOP("SearchIndexText", "%n document text(s) in the search index belong to no document.")},
    };
    QStringList found;
    for (const auto& check : kChecks) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(check.sql)) || !q.next()) {
            return Result<QStringList>(
                sqlFailure(q.lastError(), SearchIndexText::tr("Could not check the search index.")).error());
        }
        if (const int count = q.value(u"n"_s).toInt(); count > 0) {
            found.append(SearchIndexText::tr(check.message, nullptr, count));
        }
    }
    return found;
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
