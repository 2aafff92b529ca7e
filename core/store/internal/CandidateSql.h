// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a Candidate is written to and read from the candidate table, shared by the store's
// source files that insert, update and read candidates (saving, importing), so that the
// columns are named in one place. Internal to the store layer.

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <QSqlError>
#include <QVariant>

#include <array>

class Candidate;
struct CandidateFilter;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace CandidateSql {

/// The columns a save writes (":name" placeholders of the same names).
extern const QString kColumns;
/// The columns a read selects: the written ones, then archived_at and erased_at.
extern const QString kSelect;

/// INSERT of a new candidate with every column of kColumns and search_text.
QString insertStatement();
/// Binds every placeholder of kColumns and :search_text.
void bind(QSqlQuery& query, const Candidate& candidate);
/// The placeholders bind() binds and their values for a candidate, in the same order.
constexpr int kInsertedValues = 23;
const std::array<const char*, kInsertedValues>& insertedNames();
std::array<QVariant, kInsertedValues> insertedValues(const Candidate& candidate);

/// While alive, the connection's statements leave the file's CHECK constraints to the code
/// that wrote their values: each `x IN (...)` of a CHECK makes SQLite 3.40 build a temporary
/// b-tree for every row it checks (five for a candidate row, one for a language), 40 µs a
/// candidate, a fifth of an import. Only for rows whose every CHECK the domain's rules or the
/// types of their values already guarantee (Candidate::validate(), enumerations written by
/// keyOf()); the constraints apply again to every statement once it is gone.
class CheckConstraintsAsValidated
{
public:
    explicit CheckConstraintsAsValidated(const QString& connectionName);
    ~CheckConstraintsAsValidated();
    CheckConstraintsAsValidated(const CheckConstraintsAsValidated&) = delete;
    CheckConstraintsAsValidated& operator=(const CheckConstraintsAsValidated&) = delete;

private:
    sqlite3* m_db = nullptr;
};

/// New candidate rows and their languages, written through SQLite's own interface with
/// statements prepared once: an import writes tens of thousands, and Qt Sql's binding by
/// name and its QVariants were a sixth of their cost. Each value is bound as Qt Sql binds
/// it (texts as UTF-16), so the rows, and so their seals, are those bind() writes.
class NewRows
{
public:
    explicit NewRows(const QString& connectionName);
    ~NewRows();
    NewRows(const NewRows&) = delete;
    NewRows& operator=(const NewRows&) = delete;
    /// The candidate's row as insertStatement() writes it; false when SQLite refused it.
    bool insertCandidate(const Candidate& candidate);
    /// Their languages as a save writes them, in order; false when SQLite refused one.
    bool insertLanguages(const Candidate& candidate);
    /// Why the last insert failed, as Qt Sql would have said it (for sqlFailure()).
    QSqlError lastError() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_candidate = nullptr;
    sqlite3_stmt* m_language = nullptr;
    std::array<int, kInsertedValues> m_index{};
};
/// The candidate of the current row of a query that selected kSelect (without languages),
/// read by column name.
Candidate read(const QSqlQuery& query);

/// What `filter` asks of a candidate (alias c), as SQL conditions with their bindings, its
/// text condition left out unless `withText`. `retentionYears` (the file's setting) counts
/// only when the filter asks for candidates due for erasure. Shared by the list
/// (Candidates::find) and the full-text search (CandidateSearch::find), which rank the same
/// candidates.
QStringList conditions(const CandidateFilter& filter, int retentionYears, QVariantMap& bindings, bool withText);

/// The columns a list of candidates shows, for CandidateFilter::listedFieldsOnly.
extern const QString kSelectListed;
/// Runs `sql` (which selects kSelectListed; text bindings only) through SQLite's own
/// interface: ten thousand rows read in a third of the time Qt Sql takes, which converts
/// every value to UTF-16 and then to a QVariant. Fails with `failure` and SQLite's reason.
Result<QList<Candidate>> readListedRows(const QString& connectionName, const QString& sql, const QVariantMap& bindings,
                                        const QString& failure);

}  // namespace CandidateSql
