// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The full-text index (FTS5 table search_index, format 7): one row per searchable field of
// a candidate (owner = candidate id, place = the field's key) and one row per document
// whose text was read (owner = sha256, place = 'document'). Beside it (format 10),
// search_row says which candidates each row belongs to (a document's row to everyone who
// attached it), so that a search never reads the FTS content table or the attachments to
// know whose a row is; the schema's triggers on attachment keep it in step for documents.
// Every write that changes what is searchable calls these inside its own transaction; they
// never commit. Internal to the store layer.

#include "Result.h"

#include <QSqlQuery>
#include <QStringList>

class Candidate;
class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace SearchIndex {

/// The place of a document's text row.
extern const QString kDocumentPlace;

/// The candidate fields the index holds, as place keys.
QStringList fieldPlaces();
/// The translated label of a field place, e.g. "Family name".
QString fieldLabel(const QString& place);

/// Replaces the candidate's field rows with its current values (none when erased).
Status indexCandidate(QSqlDatabase db, const Candidate& candidate);
/// Adds the field rows of a candidate the index does not hold yet (new, imported, or a
/// file being upgraded), without looking for old rows first.
Status addCandidateFields(QSqlDatabase db, const Candidate& candidate);
/// addCandidateFields() for the many candidates of one unit of work (an import): add()
/// each, then finish() once. FTS5 writes its pending rows to disk as a new segment whenever
/// a statement with triggers (every sealed table has them) runs after them; so the text
/// rows are all inserted first, their search_row rows in one statement by finish(), and
/// the index gets a few large segments instead of one per field of every candidate.
class FieldRows
{
public:
    explicit FieldRows(QSqlDatabase db);
    ~FieldRows();
    FieldRows(const FieldRows&) = delete;
    FieldRows& operator=(const FieldRows&) = delete;
    /// Inserts the candidate's field rows into the index; run no other statement until finish().
    Status add(const Candidate& candidate);
    /// Gives the rows added to their candidates (search_row).
    Status finish();

private:
    // The text rows are inserted through SQLite's own interface: an import inserts tens of
    // thousands, and Qt Sql's binding by name and QVariant were a third of their cost.
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    QSqlQuery m_owned;
    QVariant m_first;  ///< the first row added; null while none was
};
/// Removes the candidate's field rows.
Status forgetCandidate(QSqlDatabase db, const QString& candidateId);
/// Replaces the text row of a document whose document_text row is already written (none
/// when `text` is empty), and gives the row to every candidate who attached it.
Status indexDocument(QSqlDatabase db, const QString& sha256, const QString& text);
/// Removes the text row of a document that is no longer in the file.
Status forgetDocument(QSqlDatabase db, const QString& sha256);
/// Removes the text rows of documents no longer in the file.
Status forgetRemovedDocuments(QSqlDatabase db);
/// Rewrites the index into one segment, so that the words of deleted rows leave the
/// file's pages too (FTS5 keeps them in older segments until a merge; SQLite 3.40 has no
/// FTS5 secure-delete option). secure_delete then overwrites the freed pages.
Status purgeDeleted(QSqlDatabase db);

/// An FTS5 query for one word typed by the user, quoted so that it is never FTS syntax.
/// Words of two letters or more match as prefixes ("pharma" finds "pharmaceutical",
/// "medicine" finds "medicines"); a single letter only as a whole word, which keeps a
/// stray letter from walking the whole index.
QString termQuery(const QString& word);
/// The words of a search as the index splits them (letters and digits).
QStringList words(const QString& text);
/// The FTS5 queries of a search typed by the user, one per word (termQuery), without
/// repeats; empty when it holds no word.
QStringList terms(const QString& text);
/// SELECT of the ids of candidates (erased ones too) in whose record, fields and documents
/// together, each of `termCount` terms is found; binds :ft0, :ft1, ... Without the places
/// in `hiddenPlaces` (a reviewer's search never counts a field hidden from them).
QString candidatesMatchingAll(int termCount, const QStringList& hiddenPlaces = {});
/// The SQL condition that leaves the rows of `places` out, for the index's table as `alias`
/// (always true when `places` is empty). The places are the index's own keys, never typed.
QString withoutPlaces(const QString& alias, const QStringList& places);

/// What is wrong between the index and the records it reflects (rows without their
/// candidate, candidates missing from a document's row...), one translated line each.
Result<QStringList> problems(QSqlDatabase db);

}  // namespace SearchIndex
