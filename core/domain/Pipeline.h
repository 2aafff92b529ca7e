// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rules of the pipeline (section 4 of the call), as pure functions over what the store
// reads inside the unit of work: seat limits, the Stage 1 screening, the availability
// commitment, the order of the stages, closed steps and reversals. The store, the GUI's
// decision dialog and the CLI all ask here, so they refuse the same moves with the same
// words.

#include "assessment/AssessmentRecords.h"
#include "domain/AvailabilityCommitment.h"
#include "Result.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"

#include <QCoreApplication>

/// A workshop as far as the rules care: its seats and dates.
struct WorkshopSeats {
    QUuid id;
    QString title;
    int capacity = 0;
    int taken = 0;  ///< participants enrolled now
    QDate startDate;
    QDate endDate;

    bool isFull() const { return taken >= capacity; }
};

/// A step of a workshop's round that the officer closed.
struct StepClosure {
    QUuid workshopId;
    PipelineStep step = PipelineStep::Selection;
    bool closed = true;  ///< false for a reopening
    QDateTime at;  ///< UTC
    QString by;
    QString reason;  ///< why it was closed with candidates uninformed, or reopened
    int uninformedAtClosing = 0;
};

/// A candidate still to be told where they stand: their latest decision not yet told.
struct PendingInforming {
    QUuid candidateId;
    QString candidateName;  ///< "Family, Given"
    QUuid decisionId;
    QUuid workshopId;  ///< null when the decision concerns no workshop
    Stage from = Stage::Applied;
    Stage to = Stage::Applied;
    QDateTime decidedAt;
    std::optional<PipelineStep> step;  ///< for a reversal, the step of the decision it corrects
    bool reversal = false;  ///< the decision reverses an earlier one
    int decisionsAwaiting = 1;  ///< this one and the earlier ones it superseded, all told at once
};

/// A candidate as the pipeline board shows them.
struct PipelineCard {
    QUuid candidateId;
    QString name;  ///< "Family, Given"
    QString administration;
    std::optional<Region> region;
    Stage stage = Stage::Applied;
    QUuid workshopId;  ///< where they hold a seat; null when none
    bool commitmentMissing = false;  ///< selected, and no availability commitment recorded
    bool notInformed = false;  ///< a decision awaits being told
    bool screeningShort = false;  ///< applied or waitlisted, and the screening does not qualify them
};

/// Everything the rules need to judge one decision about one candidate.
struct PipelineSituation {
    QString candidateName;
    Stage stage = Stage::Applied;
    QUuid enrolledIn;  ///< the workshop where the candidate holds a seat; null when none
    std::optional<WorkshopSeats> workshop;  ///< the workshop the decision concerns, if any
    std::optional<StepClosure> closure;  ///< the latest closing of the decision's step there, if any
    std::optional<Screening> screening;
    std::optional<AvailabilityCommitment> commitment;
    int thresholdPercent = 50;  ///< the profile's "most of" threshold
    std::optional<StageDecision> latest;  ///< the candidate's latest decision
    QDate today;  ///< Clock::today() when read; no date check when invalid
    QList<StageDecision> history;  ///< all the candidate's decisions, oldest first
    QList<AssessmentOutcome> outcomes;  ///< the officer's recorded outcomes of the candidate's steps
    int stage3Bookings = 0;  ///< activities listing the candidate as a Stage 3 candidate
};

/// Everything the rules need to judge one outcome of one candidate's step.
struct OutcomeSituation {
    QString candidateName;
    QList<StageDecision> history;  ///< the candidate's decisions, oldest first
    std::optional<WorkshopSeats> workshop;  ///< the workshop they took part in (their seat); none when none
    QDate firstStage3Start;  ///< first day of their earliest Stage 3 activity; invalid when none
};

class Pipeline
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)

public:
    /// Stages in which an enrolled candidate keeps their seat (taking part, or having taken part).
    static bool holdsSeat(Stage stage);
    /// Stages from which a candidate can be enrolled in (or moved to) a workshop.
    static bool canEnrol(Stage stage);
    /// Whether recording `decision` hands the candidate's seat back.
    static bool releasesSeat(const StageDecision& decision);
    /// Whether recording `decision` needs the candidate to hold a seat of its workshop.
    static bool needsSeat(const StageDecision& decision);

    /// Ok when `decision` may be recorded in `situation`; otherwise a Refused (or Conflict,
    /// Invalid) error saying which rule stops it and what to do.
    static Status check(const StageDecision& decision, const PipelineSituation& situation);
    /// Ok when the candidate may take a seat of `workshop` on `today`.
    static Status checkEnrolment(const PipelineSituation& situation, const WorkshopSeats& workshop, const QDate& today);
    /// Ok when a step may be closed with `uninformed` candidates still to be told; a reason
    /// is then required.
    static Status checkClosing(const WorkshopSeats& workshop, PipelineStep step, int uninformed, const QString& reason);

    /// The decisions of a history (oldest first) that stand: those not reversed, without the
    /// reversals themselves (a reversal of a reversal restores what the first one undid).
    /// The candidate stands at the last one's stage (applied when none).
    static QList<StageDecision> standing(const QList<StageDecision>& history);
    /// The latest standing judgment of a step: selected or not; workshop passed or failed;
    /// accredited or not accredited. None when the step was never judged.
    static std::optional<StageDecision> standingJudgment(const QList<StageDecision>& standing, PipelineStep step);
    /// Whether `decision` says the opposite of an outcome `passed` recorded for its step:
    /// selected, workshop passed or accredited after a failure; workshop failed or not
    /// accredited after a pass (not selected is no judgment of merit: seats run out).
    static bool contradicts(const StageDecision& decision, bool passed);
    /// Whether someone passed the workshop and that pass stands (not reversed, not corrected
    /// to failed).
    static bool passedWorkshop(const QList<StageDecision>& standing);
    /// Ok when the candidate whose decisions are `history` (now at `stage`) may be recorded
    /// as a Stage 3 candidate of an activity that begins on `activityStart`: they passed the
    /// workshop, and are in Stage 3 now or were when the activity began.
    static Status checkStage3Booking(const QString& name, const QList<StageDecision>& history, Stage stage,
                                     const QDate& activityStart);
    /// Ok when `outcome` may be recorded on `today`: no outcome before its step (a workshop's
    /// before its first day; the field assessment's before the workshop is passed and a
    /// Stage 3 activity has begun), none that contradicts the standing decision of its step
    /// unless that decision carries an override reason.
    static Status checkOutcome(const AssessmentOutcome& outcome, const OutcomeSituation& situation, const QDate& today);
};
