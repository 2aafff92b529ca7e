// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ratings entered in bulk, resolved to a candidate and a criterion key: what scores-import
// and the scores grid hand to the one batch write (BulkScores::write), and what it reports.

#include "assessment/ScoreSheet.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

/// One rating to record: a reviewer's draft score or the officer's consensus.
struct ScoreEntry {
    int row = 0;  ///< where it came from (the sheet's row, the grid's row), for the report
    QString candidateField = ScoreSheet::candidateColumn();  ///< the column a problem with the candidate names
    QString criterionField = ScoreSheet::criterionColumn();  ///< … with the criterion
    QString ratingField = ScoreSheet::ratingColumn();  ///< … with the rating
    QUuid candidateId;
    QString criterionKey;
    int rating = 0;
    std::optional<QString> comment;  ///< empty: the comment recorded before stays
    /// Removes the stored rating instead of recording `rating` (a cell emptied in the scores
    /// grid): only what the writer read may be removed, so it says what it read. A
    /// reviewer's draft keeps its comment and evidence; a consensus goes whole.
    bool clear = false;
    qint64 readRowVersion = 0;  ///< clear, asRead: the row version of the reviewer's score as read (0: none)
    /// clear, asRead: when the consensus read was recorded, null when none was (the consensus
    /// table has no row version; every recording sets this, so it tells a consensus changed
    /// since it was read)
    QDateTime readRecordedAt;
    /// A rating typed over what a window read (the scores grid): refused, with the whole
    /// batch, when the cell changed since (readRowVersion, readRecordedAt). A sheet imported
    /// from the command line has read nothing, and the last writer wins.
    bool asRead = false;
};

/// What a batch write did: nothing at all unless ok().
struct ScoreBatchReport {
    QList<ScoreSheetProblem> problems;  ///< each refused row, naming the field; any one refuses the batch
    Status status;  ///< a failure of the write itself (busy, read-only, changed meanwhile)
    int changed = 0;  ///< ratings written (new or different)
    int unchanged = 0;  ///< ratings the file already held as given

    bool ok() const { return problems.isEmpty() && status.ok(); }
};
