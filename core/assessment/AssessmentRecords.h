// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the officer records around the reviewers' scores: who reviews whom, the conflicts
// reviewers declare, and the officer's consensus and outcome. These live in the shared
// file, apart from the reviewers' own scores, which nobody else ever edits.

#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

/// A reviewer assigned to score a candidate. An assignment despite a conflict of interest
/// (same administration) carries the officer's reason.
struct ReviewerAssignment {
    QUuid candidateId;
    QUuid reviewerId;
    QString conflictReason;  ///< why assigned despite a conflict; empty when there is none
    QDateTime assignedAt;  ///< UTC; set by the store
    QString assignedBy;  ///< set by the store
    PipelineStep round = PipelineStep::Selection;  ///< the assessment round the assignment is for
};

/// A reviewer's statement that they cannot judge a candidate fairly, made in their review
/// file and imported: it removes their assignment and hides the candidate's scores from them.
struct ConflictDeclaration {
    QUuid candidateId;
    QUuid reviewerId;
    QString reason;
    QDateTime declaredAt;  ///< UTC, when the reviewer declared it
};

/// The officer's consensus rating of a candidate on one criterion of the form.
struct ConsensusRating {
    QUuid candidateId;
    QString criterionKey;
    int profileVersion = 1;
    int rating = 0;
    QString comment;
    QDateTime recordedAt;  ///< UTC; set by the store
    QString recordedBy;  ///< set by the store
    PipelineStep round = PipelineStep::Selection;  ///< the assessment round it settles
};

/// The officer's outcome of one step's assessment of a candidate (the pipeline's decision
/// still records the move, with its reason).
struct AssessmentOutcome {
    QUuid candidateId;
    PipelineStep step = PipelineStep::Selection;
    bool passed = false;
    QString note;
    QDateTime recordedAt;  ///< UTC; set by the store
    QString recordedBy;  ///< set by the store
};
