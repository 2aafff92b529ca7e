#pragma once
// The rules of the pipeline (section 4 of the call), as pure functions over what the store
// reads inside the unit of work: seat limits, the Stage 1 screening, the availability
// commitment, the order of the stages, closed steps and reversals. The store, the GUI's
// decision dialog and the CLI all ask here, so they refuse the same moves with the same
// words.

#include "AvailabilityCommitment.h"
#include "Result.h"
#include "Screening.h"
#include "StageDecision.h"

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
    bool closed = true;         ///< false for a reopening
    QDateTime at;               ///< UTC
    QString by;
    QString reason;             ///< why it was closed with candidates uninformed, or reopened
    int uninformedAtClosing = 0;
};

/// A candidate still to be told where they stand: their latest decision not yet told.
struct PendingInforming {
    QUuid candidateId;
    QString candidateName;  ///< "Family, Given"
    QUuid decisionId;
    QUuid workshopId;       ///< null when the decision concerns no workshop
    Stage from = Stage::Applied;
    Stage to = Stage::Applied;
    QDateTime decidedAt;
    std::optional<PipelineStep> step;  ///< for a reversal, the step of the decision it corrects
    bool reversal = false;             ///< the decision reverses an earlier one
    int decisionsAwaiting = 1;         ///< this one and the earlier ones it superseded, all told at once
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
    bool notInformed = false;        ///< a decision awaits being told
    bool screeningShort = false;     ///< applied or waitlisted, and the screening does not qualify them
};

/// Everything the rules need to judge one decision about one candidate.
struct PipelineSituation {
    QString candidateName;
    Stage stage = Stage::Applied;
    QUuid enrolledIn;                        ///< the workshop where the candidate holds a seat; null when none
    std::optional<WorkshopSeats> workshop;   ///< the workshop the decision concerns, if any
    std::optional<StepClosure> closure;      ///< the latest closing of the decision's step there, if any
    std::optional<Screening> screening;
    std::optional<AvailabilityCommitment> commitment;
    int thresholdPercent = 50;               ///< the profile's "most of" threshold
    std::optional<StageDecision> latest;     ///< the candidate's latest decision
    QDate today;                             ///< Clock::today() when read; no date check when invalid
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
    static Status checkEnrolment(const PipelineSituation& situation, const WorkshopSeats& workshop,
                                 const QDate& today);
    /// Ok when a step may be closed with `uninformed` candidates still to be told; a reason
    /// is then required.
    static Status checkClosing(const WorkshopSeats& workshop, PipelineStep step, int uninformed, const QString& reason);
};
