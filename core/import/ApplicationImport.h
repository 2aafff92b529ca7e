#pragma once
// Applications that arrive as a spreadsheet export: a UTF-8 CSV file (with or without a
// byte-order mark; quoted fields may hold commas and line breaks) whose header names the
// JSON keys of a candidate. The accepted keys and value formats are listed in the README,
// "Importing applications".
//
// Importing is two steps so that a window can show the report before anything is written:
// read() parses the file, checks every row with core's own rules and looks for possible
// duplicates, changing nothing; apply() then adds the valid rows in one unit of work.

#include "Candidate.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

class Store;

/// One thing wrong with one row.
struct ImportProblem {
    int row = 0;      ///< as a spreadsheet shows it: the header is row 1
    QString field;    ///< the column's key, e.g. "email"; empty when the row as a whole is wrong
    QString message;  ///< translated: what is wrong and what to do
};

/// One row of the file that holds something: the candidate it describes, or its problems.
struct ImportRow {
    int row = 0;
    Candidate candidate;  ///< as read; to be imported only when ok()
    QUuid workshopId;     ///< the workshop where the row takes a seat ("workshop" column); null when none
    QString workshopTitle;
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// A valid row that may be the same person as an earlier valid row or a stored candidate.
/// A warning: the row is imported all the same, and the user may link the two afterwards.
struct ImportDuplicate {
    int row = 0;
    QString name;
    int otherRow = 0;     ///< the earlier row it matches; 0 when it matches a stored candidate
    QUuid otherId;        ///< the stored candidate it matches; null when it matches a row
    QString otherName;
    QStringList reasons;  ///< DuplicateCheck's words
};

/// What read() found. Blank rows are left out; row numbers still count them.
struct ImportReport {
    QString sourceName;                 ///< the file's name, as the audit trail records it
    QList<ImportRow> rows;
    QStringList unknownColumns;         ///< named nothing a candidate has: not read
    QStringList ignoredColumns;         ///< set by the application (id, stage, …): not read
    QStringList missingColumns;         ///< required keys the header lacks; every row then fails
    QList<ImportDuplicate> duplicates;

    QList<Candidate> validCandidates() const;
    /// For each valid candidate, in the same order, the workshop where they take a seat.
    QList<QUuid> validSeats() const;
    int invalidRowCount() const;
    /// Every problem of every row, in row order.
    QList<ImportProblem> problems() const;
};

class ApplicationImport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImport)

public:
    /// Reads and checks the CSV file at `path`; looks for duplicates in `store` too unless
    /// it is null. Fails only when the file cannot be read as CSV at all (missing, not
    /// UTF-8, broken quoting, no header, a column named twice): a bad row is a problem in
    /// the report, not a failure.
    static Result<ImportReport> read(const QString& path, const Store* store);
    /// The same for bytes already read; `sourceName` names them in messages and the audit.
    static Result<ImportReport> parse(const QByteArray& csv, const QString& sourceName, const Store* store);

    /// Adds the report's valid rows to `store` in one unit of work with one audit entry,
    /// each at stage "applied", and returns them as stored. Refused, with nothing written,
    /// while any row is invalid unless `skipInvalid`, and when no valid row is left.
    static Result<QList<Candidate>> apply(Store& store, const ImportReport& report, bool skipInvalid);
    /// Whether apply() would go ahead, or the refusal it would give: for a dry run, or to
    /// enable an Import button.
    static Status importable(const ImportReport& report, bool skipInvalid);

    /// The keys a header may name, in the order the README lists them.
    static QStringList columns();
    /// The keys without which no row is valid.
    static QStringList requiredColumns();
    /// Keys of `candidates --json` that the application sets itself: accepted, not read.
    static QStringList ignoredColumns();

private:
    /// Finds the workshop each row names and gives the seats left in file order; a row
    /// naming no workshop of the file, or beyond the seats left, gets a problem.
    static Status resolveSeats(ImportReport& report, const Store* store);
};
