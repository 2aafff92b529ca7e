// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One reviewer's rating of one candidate on one criterion, with a comment and the
// evidence it rests on. A reviewer's scores are theirs alone: written in their own review
// file, imported by the officer, never edited by anyone else.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

class Score
{
    Q_DECLARE_TR_FUNCTIONS(Score)

public:
    static constexpr int kMaxRating = 4;  ///< 0 not demonstrated … 4 outstanding; hard requirements 0/1

    RecordMeta meta;
    QUuid reviewerId;
    QUuid candidateId;
    QString criterionKey;
    /// The assessment round the rating is given in (AssessmentRound): one criterion may be
    /// rated in several rounds, each its own score.
    PipelineStep round = PipelineStep::Selection;
    int profileVersion = 1;
    std::optional<int> rating;  ///< empty until rated
    QString comment;
    QString evidence;
    QDateTime submittedAt;  ///< invalid while a draft
    QDateTime updatedAt;  ///< UTC; the newer of two copies wins on import

    bool isSubmitted() const { return submittedAt.isValid(); }

    Validation validate() const;
};
