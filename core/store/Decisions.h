// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline of an open file: stage decisions, screening and commitments, informing,
// the closing of a workshop's steps, and the board and counts made from them.
// Handed out by Store; every write goes through Store's one unit of work.
// Owns the tables stage_decision, screening, availability_commitment and step_closure, and
// moves candidate.stage and a candidate's seat (enrolment) with each decision. Every rule
// is Pipeline's; these read what it needs inside the unit of work, so two editors'
// decisions can never add up to a broken rule.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

class AvailabilityCommitment;
class Screening;
class StageDecision;
class Store;
struct PendingInforming;
struct PipelineCard;
struct PipelineSituation;
struct StepClosure;

/// For the dashboard: how far the candidates of one workshop went.
struct WorkshopFunnel {
    QUuid workshopId;
    QString title;
    QDate startDate;
    int candidates = 0;  ///< distinct candidates with any decision for the workshop
    QHash<Stage, int> reached;  ///< distinct candidates with a decision to each stage
};

class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(Decisions)

public:
    explicit Decisions(Store& store);
    Decisions(const Decisions&) = delete;
    Decisions& operator=(const Decisions&) = delete;

    /// A candidate's decisions, oldest first.
    Result<QList<StageDecision>> of(const QUuid& candidateId) const;
    /// Every decision of the file, by candidate, each candidate's oldest first.
    Result<QList<StageDecision>> all() const;
    /// Whether Pipeline's rules allow `decision` now: the dry run behind the decision
    /// dialog and the board, which explain a refusal before anything is written.
    Status check(const StageDecision& decision) const;
    /// Records a decision and moves the candidate, taking or handing back their seat;
    /// refused, with nothing written, by any rule of Pipeline. A decision without a
    /// workshop concerns the one where the candidate holds a seat (or was waitlisted).
    Result<StageDecision> record(const StageDecision& decision);
    /// Records a new decision that takes the candidate back to where `decisionId` (their
    /// latest) found them; the reversed decision stays in the history.
    Result<StageDecision> reverse(const QUuid& decisionId, const QString& reason);
    /// Records that the candidate was told of every decision still awaiting it.
    Status recordInformed(const QUuid& candidateId, const QDate& on, InformChannel channel);
    /// Decisions not yet told, oldest first; of one workshop when `workshopId` is set.
    Result<QList<PendingInforming>> toInform(const QUuid& workshopId = {}) const;

    /// Records the Stage 1 screening that selection needs (replacing an earlier one).
    Status recordScreening(const Screening& screening);
    Result<std::optional<Screening>> screening(const QUuid& candidateId) const;
    /// Records the availability commitment that confirmation needs.
    Status recordCommitment(const AvailabilityCommitment& commitment);
    Result<std::optional<AvailabilityCommitment>> commitment(const QUuid& candidateId) const;

    /// Closes a step of a workshop's round; refused while a candidate awaits being told of
    /// a decision of that step, unless `reason` says why it closes anyway.
    Status closeStep(const QUuid& workshopId, PipelineStep step, const QString& reason = {});
    Status reopenStep(const QUuid& workshopId, PipelineStep step, const QString& reason);
    /// The latest closing or reopening of each step of a workshop.
    Result<QList<StepClosure>> stepClosures(const QUuid& workshopId) const;

    /// How many candidates stand at each stage (stages with none are left out).
    Result<QHash<Stage, int>> stageCounts() const;
    /// The pipeline board: every candidate not archived, or those of one workshop (holding
    /// a seat there or decided about for it).
    Result<QList<PipelineCard>> cards(const QUuid& workshopId = {}) const;
    /// For the dashboard: how far the candidates of each workshop went, oldest workshop first.
    Result<QList<WorkshopFunnel>> funnel() const;

    /// What Pipeline's rules need to judge `decision`, read on the file's connection
    /// (inside the caller's unit of work when there is one). Behind check() and record(),
    /// and Workshops::enrol, which judges a seat as a selection for the workshop would.
    Result<PipelineSituation> situationFor(const StageDecision& decision) const;

private:
    Store& m_store;
};
