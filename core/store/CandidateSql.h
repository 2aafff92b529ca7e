#pragma once
// How a Candidate is written to and read from the candidate table, shared by the store's
// source files that insert, update and read candidates (saving, importing), so that the
// columns are named in one place. Internal to the store layer.

#include <QString>

class Candidate;
class QSqlQuery;

namespace CandidateSql {

/// The columns a save writes (":name" placeholders of the same names).
extern const QString kColumns;
/// The columns a read selects: the written ones, then archived_at and erased_at.
extern const QString kSelect;

/// INSERT of a new candidate with every column of kColumns and search_text.
QString insertStatement();
/// Binds every placeholder of kColumns and :search_text.
void bind(QSqlQuery& query, const Candidate& candidate);
/// The candidate of the current row of a query that selected kSelect (without languages).
Candidate read(const QSqlQuery& query);

/// The columns a list of candidates shows, for CandidateFilter::listedFieldsOnly.
extern const QString kSelectListed;
/// The candidate of the current row of a query that selected kSelectListed.
Candidate readListed(const QSqlQuery& query);

} // namespace CandidateSql
