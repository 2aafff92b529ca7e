// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores entered in bulk (scores-import, the scores grid, the blank sheet): the short codes
// a paper sheet or a CSV names candidates and criteria by, and the reading of such a CSV,
// long (candidate, criterion, rating, comment) or wide (candidate, then a column per
// criterion). Pure: resolving the codes against a file and writing are BulkScores'.
//
// Codes never depend on a list's order, so a sheet printed before a candidate or a
// criterion was added still means the same: a candidate's code is the one the printed sheets
// and letters carry, "C-" and 6 hexadecimal digits of a hash of their id (longer where two
// candidates of the file share them; the "C-" keeps a spreadsheet from reading "12E456" as
// a number; the hash keeps an anonymised sheet from giving the id away); a criterion's
// is its key, an appraisal's "activity:" and the start of the activity's id.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

/// One rating a sheet gives, as typed, with where it stands.
struct ScoreSheetCell {
    int row = 0;  ///< as a spreadsheet numbers it: the header is row 1
    QString candidate;  ///< a candidate's code or id
    QString criterion;  ///< a criterion's code or key
    QString criterionField;  ///< the column that named the criterion: "criterion" (long) or its header (wide)
    QString ratingField;  ///< the column of the rating: "rating" (long) or the criterion's header (wide)
    QString rating;  ///< as typed; never empty (a blank cell gives no rating)
    std::optional<QString> comment;  ///< long sheets: a comment cell that is not blank
};

/// One thing wrong with one row of a sheet (the header is row 1).
struct ScoreSheetProblem {
    int row = 0;
    QString field;  ///< the column's name; empty when the row as a whole is wrong
    QString message;  ///< translated: what is wrong and what to do
};

/// What a sheet holds: its ratings, and what could not be read.
struct ScoreSheetText {
    bool wide = false;
    /// The assessment round its "round" column names (the blank sheet writes it on every
    /// row); none when the sheet has no such column or leaves it blank.
    std::optional<PipelineStep> round;
    QList<ScoreSheetCell> cells;
    QList<ScoreSheetProblem> problems;
};

/// ScoreSheet::namesCandidate over a whole file's candidates, each id hashed once and each
/// code looked up once: a wide sheet names its candidate on every cell, and a sheet of
/// thousands of rows must not hash every candidate of the file again for each cell.
class CandidateCodeIndex
{
public:
    explicit CandidateCodeIndex(const QList<QUuid>& ids);
    /// The ids of those `text` names (their code, in any case, with or without "C-", or their
    /// whole id), in the order given.
    QList<QUuid> named(const QString& text) const;

private:
    QList<std::pair<QUuid, QString>> m_digits;  ///< each id with its code's digits, all of them
    mutable QHash<QString, QList<QUuid>> m_named;  ///< what each text named, once looked up
};

class ScoreSheet
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheet)

public:
    static constexpr int kCandidateCodeLength = 6;

    /// The candidate's code: "C-" and the first kCandidateCodeLength hexadecimal digits of
    /// the SHA-256 of their id, in capitals, more where another candidate of `everyone`
    /// shares them (AssessmentSheet::candidateCode is the 6-digit one).
    static QString candidateCode(const QUuid& id, const QList<QUuid>& everyone = {});
    /// Whether `text` names the candidate: a code (at least kCandidateCodeLength digits, the
    /// "C-" may be left out), in any case, or their whole id.
    static bool namesCandidate(const QString& text, const QUuid& id);
    /// The criterion's code: its key; an appraisal "activity:" and the start of the activity's id.
    static QString criterionCode(const QString& key);
    /// The criterion's code on a sheet holding `keys`: an appraisal's is made longer where
    /// another activity of the sheet starts with the same digits, so that no two columns
    /// or rows share a code (one activity's rating never read as another's).
    static QString criterionCode(const QString& key, const QStringList& keys);
    /// Whether `text` names the criterion: its code or its key, in any case; an appraisal
    /// also by "activity:" and 6 or more of the first digits of the activity's id.
    static bool namesCriterion(const QString& text, const QString& key);

    /// Reads a UTF-8 CSV (with or without a byte-order mark, quoted fields may hold commas,
    /// quotes and line breaks). Long when the header names "criterion"; wide when it names
    /// "candidate" and no criterion column. "name" and "criterion_name" columns are for
    /// people and are not read; a "round" column names the round, the same on every row. A
    /// blank rating gives nothing. Failure when the file cannot be read as such a sheet at all.
    static Result<ScoreSheetText> parse(const QByteArray& csv, const QString& sourceName);

    /// One CSV line of `cells`, quoted where needed, ended by CR LF; a cell a spreadsheet
    /// would take for a formula gets a leading apostrophe (a name never runs as a formula).
    static QByteArray csvLine(const QStringList& cells);
    /// The column headers the reading knows.
    static QString candidateColumn() { return QStringLiteral("candidate"); }
    static QString nameColumn() { return QStringLiteral("name"); }
    static QString criterionColumn() { return QStringLiteral("criterion"); }
    static QString criterionNameColumn() { return QStringLiteral("criterion_name"); }
    static QString ratingColumn() { return QStringLiteral("rating"); }
    static QString commentColumn() { return QStringLiteral("comment"); }
    static QString roundColumn() { return QStringLiteral("round"); }
};
