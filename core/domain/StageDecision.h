// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One move of a candidate between stages of the pipeline: who decided, when, why, and
// whether and how the candidate was informed. Decisions are never rewritten; a
// correction is a new decision.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>

class StageDecision
{
    Q_DECLARE_TR_FUNCTIONS(StageDecision)

public:
    RecordMeta meta;
    QUuid candidateId;
    QUuid workshopId;  ///< null when the decision concerns no workshop
    Stage from = Stage::Applied;
    Stage to = Stage::Applied;
    QString decidedBy;
    QDateTime decidedAt;  ///< UTC
    QString reason;
    QDate informedOn;  ///< invalid while the candidate is still to be informed
    std::optional<InformChannel> informedBy;
    /// Why the officer selected a candidate whose screening falls short; empty otherwise.
    QString overrideReason;
    /// When the decision takes effect, if not the day it was taken: the accreditation
    /// date, which starts the three-year availability period.
    QDate effectiveOn;
    /// The decision this one reverses (history is never rewritten); null otherwise.
    QUuid reversesId;

    bool isInformed() const { return informedOn.isValid(); }
    bool isReversal() const { return !reversesId.isNull(); }
    QDate effectiveDate() const { return effectiveOn.isValid() ? effectiveOn : decidedAt.toUTC().date(); }

    /// Whether the pipeline has a path from one stage to the other. Leaving (withdrawn)
    /// is possible from anywhere; the finer guards (seats, commitment) live in the pipeline.
    static bool isAllowedMove(Stage from, Stage to);
    /// The stages reachable from `from`, in pipeline order.
    static QList<Stage> nextStages(Stage from);
    /// The step of a workshop's round the move belongs to; none for moves within the pool
    /// (commitment ended, retired).
    static std::optional<PipelineStep> stepOf(Stage from, Stage to);
    /// The step this decision belongs to: its move's, or for a reversal the step of the
    /// decision it corrects (reversing an accreditation is Stage 3, not Stage 2). A reversal
    /// that is itself a move the pipeline allows restores a decision undone before (it
    /// reverses a reversal, e.g. accrediting again) and belongs to that decision's step; any
    /// other undoes the move it mirrors.
    std::optional<PipelineStep> step() const
    {
        return isReversal() && !isAllowedMove(from, to) ? stepOf(to, from) : stepOf(from, to);
    }

    Validation validate() const;
};
