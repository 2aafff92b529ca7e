// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Decisions, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::decisions() itself (#15).
#include "Decisions.h"
#include "Store.h"

#include "AvailabilityCommitment.h"
#include "Pipeline.h"
#include "Screening.h"
#include "StageDecision.h"

// One line a forwarder, for the script that removes them (#15).
// clang-format off
Result<QList<StageDecision>> Store::decisions(const QUuid& candidateId) const { return m_decisions->of(candidateId); }
Result<QList<StageDecision>> Store::allDecisions() const { return m_decisions->all(); }
Status Store::checkDecision(const StageDecision& decision) const { return m_decisions->check(decision); }
Result<StageDecision> Store::recordDecision(const StageDecision& decision) { return m_decisions->record(decision); }
Result<StageDecision> Store::reverseDecision(const QUuid& decisionId, const QString& reason) { return m_decisions->reverse(decisionId, reason); }
Status Store::recordInformed(const QUuid& candidateId, const QDate& on, InformChannel channel) { return m_decisions->recordInformed(candidateId, on, channel); }
Result<QList<PendingInforming>> Store::toInform(const QUuid& workshopId) const { return m_decisions->toInform(workshopId); }
Status Store::recordScreening(const Screening& screening) { return m_decisions->recordScreening(screening); }
Result<std::optional<Screening>> Store::screening(const QUuid& candidateId) const { return m_decisions->screening(candidateId); }
Status Store::recordCommitment(const AvailabilityCommitment& commitment) { return m_decisions->recordCommitment(commitment); }
Result<std::optional<AvailabilityCommitment>> Store::commitment(const QUuid& candidateId) const { return m_decisions->commitment(candidateId); }
Status Store::closeStep(const QUuid& workshopId, PipelineStep step, const QString& reason) { return m_decisions->closeStep(workshopId, step, reason); }
Status Store::reopenStep(const QUuid& workshopId, PipelineStep step, const QString& reason) { return m_decisions->reopenStep(workshopId, step, reason); }
Result<QList<StepClosure>> Store::stepClosures(const QUuid& workshopId) const { return m_decisions->stepClosures(workshopId); }
Result<QHash<Stage, int>> Store::stageCounts() const { return m_decisions->stageCounts(); }
Result<QList<PipelineCard>> Store::pipelineCards(const QUuid& workshopId) const { return m_decisions->cards(workshopId); }
Result<QList<WorkshopFunnel>> Store::pipelineFunnel() const { return m_decisions->funnel(); }
// clang-format on
