// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reviewer's work on their review file, checked against the shared file they read: they
// score only candidates assigned to them, on the candidate's form, never after declaring a
// conflict about them, and submit a candidate's form whole. The shared file is only read;
// the writes go to the review file, which the officer imports.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>
#include <optional>

class ReviewFile;
class Score;
class Store;

class ReviewerWork
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerWork)

public:
    /// Where a reviewer's review file is kept unless they choose otherwise: beside the
    /// shared file, named after their account, where the officer's window finds it.
    static QString defaultReviewPath(const QString& sharedPath, const QString& account);

    /// Refused unless the store's actor is `reviewerId` themselves: a reviewer's scores
    /// are theirs alone, so nobody records them on another's behalf.
    static Status checkActsAs(const Store& store, const QUuid& reviewerId, const QString& reviewerName);

    /// Opens the review file at `path` for the store's actor, making it when missing;
    /// refused when the actor is not a reviewer, or the file belongs to another reviewer or
    /// another shared file.
    static Result<std::unique_ptr<ReviewFile>> openOwn(const Store& store, const QString& path);

    /// Whether the store's actor may score `candidateId` in `round` now (assigned to them in
    /// that round, no conflict declared).
    static Status checkMayScore(const Store& store, const ReviewFile& review, const QUuid& candidateId,
                                PipelineStep round);

    /// Saves a draft score of one item of the candidate's form (a rating, or none yet, with
    /// comment and evidence). Returns the score as stored.
    static Result<Score> saveDraft(const Store& store, ReviewFile& review, const QUuid& candidateId, PipelineStep round,
                                   const QString& criterionKey, std::optional<int> rating, const QString& comment,
                                   const QString& evidence);
    /// Clears the rating of one item of the reviewer's own form, as `asRead` holds it (its
    /// row version as read); its comment and evidence stay, and the item counts as unrated
    /// again. Refused, writing nothing: another reviewer's score, a candidate not assigned to
    /// them in that round or one they declared a conflict about, an item not rated, a form
    /// submitted (submitted scores are final), a score changed since it was read (Conflict).
    /// One transaction of the review file (its revision counts one); the shared file hears of
    /// it when the officer imports the review file.
    static Result<Score> clearRating(const Store& store, ReviewFile& review, const Score& asRead);
    /// Submits the reviewer's scores of the candidate in `round`; refused while an item of
    /// that round's form is unrated (the other rounds' never count).
    static Status submit(const Store& store, ReviewFile& review, const QUuid& candidateId, PipelineStep round);
    /// Declares a conflict of interest about a candidate (see ReviewFile::declareConflict).
    static Status declareConflict(const Store& store, ReviewFile& review, const QUuid& candidateId,
                                  const QString& reason);
};
