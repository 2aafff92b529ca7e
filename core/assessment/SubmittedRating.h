// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One submitted rating of one reviewer, on one criterion of one candidate, with the kind of
// the criterion in the profile version the score was made with. Drafts never get here:
// the numbers are made of submitted ratings only. Read by Assessment::ratings(); plain
// data, so that tests, the CSV of paper sheets and (later) a consensus can make their own.

#include "domain/Vocabulary.h"

#include <QString>
#include <QUuid>

#include <optional>

struct SubmittedRating {
    QUuid candidateId;
    QUuid reviewerId;
    QString reviewerName;
    QString criterionKey;
    /// Empty when the criterion is not in the profile the score names (a workshop's own
    /// criterion): such ratings count in the statistics and agreement, never in Stage 1.
    std::optional<CriterionKind> kind;
    int rating = 0;  ///< 0–4 on the profile's scale; a hard requirement 0 (not met) or 1 (met)
    PipelineStep round = PipelineStep::Selection;  ///< the assessment round it was given in
};
