// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Applications that arrive as a spreadsheet export: a UTF-8 CSV file (with or without a
// byte-order mark; quoted fields may hold commas and line breaks) whose header names the
// JSON keys of a candidate. The accepted keys and value formats are listed in the README,
// "Importing applications".
//
// Importing is two steps so that a window can show the report before anything is written:
// read() parses the file, checks every row with core's own rules and looks for possible
// duplicates, changing nothing; apply() then adds the valid rows in one unit of work.

#include "domain/Candidate.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

class QIODevice;
class Store;

/// One thing wrong with one row.
struct ImportProblem {
    int row = 0;  ///< as a spreadsheet shows it: the header is row 1
    QString field;  ///< the column's key, e.g. "email"; empty when the row as a whole is wrong
    QString message;  ///< translated: what is wrong and what to do
};

/// What becomes of a valid row that may be someone already in the file or an earlier row:
/// nothing is decided for the user. Skip is the default, so that importing the same file
/// twice adds nobody twice.
enum class DuplicateChoice {
    Skip,  ///< not imported
    Import,  ///< imported as a new candidate all the same
    Link,  ///< imported and recorded as the same person as the stored candidate it matches
};

/// One row of the file that holds something: the candidate it describes, or its problems.
struct ImportRow {
    int row = 0;
    Candidate candidate;  ///< as read; to be imported only when ok()
    QUuid workshopId;  ///< the workshop the row applies to, without a seat ("workshop" column); null when none
    QString workshopTitle;
    QList<ImportProblem> problems;

    /// A valid row sharing a key with a stored candidate or an earlier valid row.
    bool possibleDuplicate = false;
    QUuid sameAsId;  ///< the first stored candidate it matches; null when it only matches rows
    QString sameAsName;
    int sameAsRow = 0;  ///< the first earlier row it matches; 0 when none
    DuplicateChoice choice = DuplicateChoice::Skip;  ///< read only when possibleDuplicate

    bool ok() const { return problems.isEmpty(); }
    /// Whether apply() adds this row: valid, and not a possible duplicate the user skips.
    bool imported() const { return ok() && (!possibleDuplicate || choice != DuplicateChoice::Skip); }
};

/// Rows, and stored candidates, that share one or more keys (DuplicateCheck): one warning
/// for the whole group however many rows share a switchboard's phone, never one per pair.
struct ImportDuplicateGroup {
    QStringList reasons;  ///< DuplicateCheck's words, e.g. "the same phone number"
    QList<int> rows;  ///< the rows, as a spreadsheet numbers them, in file order
    QStringList rowNames;  ///< their names, in the same order
    QList<QUuid> storedIds;  ///< the candidates already in the file sharing the key(s)
    QStringList storedNames;
};

/// What read() found. Blank rows are left out; row numbers still count them.
struct ImportReport {
    QString sourceName;  ///< the file's name, as the audit trail records it
    QList<ImportRow> rows;
    QStringList unknownColumns;  ///< named nothing a candidate has: not read
    QStringList ignoredColumns;  ///< set by the application (id, stage, …): not read
    QStringList missingColumns;  ///< required keys the header lacks; every row then fails
    QList<ImportDuplicateGroup> duplicates;  ///< in the order of their first row

    /// The candidates apply() adds (ImportRow::imported()), in file order.
    QList<Candidate> importedCandidates() const;
    /// For each of them, in the same order, the workshop they apply to (no seat: that comes with selection).
    QList<QUuid> importedSeats() const;
    /// For each of them, in the same order, the stored candidate to link them to (null: none).
    QList<QUuid> importedLinks() const;
    int validRowCount() const;
    int invalidRowCount() const;
    /// The valid rows that may be duplicates and are skipped, or imported all the same.
    QList<int> skippedDuplicateRows() const;
    QList<int> importedDuplicateRows() const;
    /// The same choice for every possible duplicate; Link falls back to Import for a row
    /// that matches no stored candidate.
    void chooseForDuplicates(DuplicateChoice choice);
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
    /// each at stage "applied", and returns their ids in file order; possible duplicates as
    /// each row's choice says (skipped unless chosen otherwise). Refused, with nothing written,
    /// while any row is invalid unless `skipInvalid`, and when no row is left to import.
    /// The rows are read in the report, not copied: memory stays that of the report.
    static Result<QList<QUuid>> apply(Store& store, const ImportReport& report, bool skipInvalid);
    /// Whether apply() would go ahead, or the refusal it would give: for a dry run, or to
    /// enable an Import button.
    static Status importable(const ImportReport& report, bool skipInvalid);

    /// Sets one field of `candidate` from its text as a column of the file holds it (`key`,
    /// one of columns() but "workshop"), read exactly as an imported row's cell: returns what
    /// is wrong with the value (translated), empty when it was read. The command line's
    /// candidate-add and candidate-edit read their options with it, so both paths agree.
    static QStringList readField(Candidate& candidate, const QString& key, const QString& value);

    /// The keys a header may name, in the order the README lists them.
    static QStringList columns();
    /// The keys without which no row is valid.
    static QStringList requiredColumns();
    /// Keys of `candidates --json` that the application sets itself: accepted, not read.
    static QStringList ignoredColumns();

    /// A group of possible duplicates in words, e.g. "row 3 (Mori) may be the same person
    /// as row 2 (Sato): the same phone number"; a large group names its rows as ranges.
    static QString describe(const ImportDuplicateGroup& group);
    /// Row numbers as ranges: "2–4, 7".
    static QString rowRanges(const QList<int>& rows);

private:
    /// read() and parse(): the report, from the device's bytes read a chunk at a time.
    static Result<ImportReport> readFrom(QIODevice& device, const QString& sourceName, const Store* store);
    /// Finds the workshop each row applies to; a row naming no workshop of the file, or
    /// several, gets a problem. Any number of rows may apply to a workshop: no seat is given.
    static Status resolveSeats(ImportReport& report, const Store* store);
    /// Groups the valid rows and stored candidates sharing a key, and marks each row that
    /// shares one with a stored candidate or an earlier row; linear in rows and stored.
    static Status findDuplicates(ImportReport& report, const Store* store);
};
