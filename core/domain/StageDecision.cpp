// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/StageDecision.h"

namespace {

QList<Stage> forwardMoves(Stage from)
{
    switch (from) {
    case Stage::Applied:
        return {Stage::Selected, Stage::Waitlisted, Stage::NotSelected};
    case Stage::Waitlisted:
        return {Stage::Selected, Stage::NotSelected};
    case Stage::Selected:
        return {Stage::Confirmed, Stage::Waitlisted, Stage::NotSelected};
    case Stage::NotSelected:
        return {Stage::Selected, Stage::Waitlisted};  // a reversed Stage 1 decision
    case Stage::Confirmed:
        return {Stage::WorkshopPassed, Stage::WorkshopFailed};
    case Stage::WorkshopPassed:
        return {Stage::Accredited, Stage::NotAccredited, Stage::WorkshopFailed};
    case Stage::WorkshopFailed:
        return {Stage::WorkshopPassed};
    case Stage::Accredited:
        return {Stage::CommitmentEnded, Stage::Retired, Stage::NotAccredited};
    case Stage::NotAccredited:
        return {Stage::Accredited};
    case Stage::CommitmentEnded:
        return {Stage::Retired};
    case Stage::Withdrawn:
        return {Stage::Applied};  // reinstated: the file starts again from the application
    case Stage::Retired:
        return {};
    }
    return {};
}

}  // namespace

bool StageDecision::isAllowedMove(Stage from, Stage to)
{
    return nextStages(from).contains(to);
}

QList<Stage> StageDecision::nextStages(Stage from)
{
    QList<Stage> stages = forwardMoves(from);
    if (from != Stage::Withdrawn && from != Stage::Retired) {
        stages.append(Stage::Withdrawn);
    }
    return stages;
}

std::optional<PipelineStep> StageDecision::stepOf(Stage from, Stage to)
{
    const Stage decisive = to == Stage::Withdrawn ? from : to;
    switch (decisive) {
    case Stage::Applied:
    case Stage::Selected:
    case Stage::Waitlisted:
    case Stage::NotSelected:
    case Stage::Confirmed:
        return PipelineStep::Selection;
    case Stage::WorkshopFailed:
        return PipelineStep::Workshop;
    case Stage::WorkshopPassed:
        // Passing is decided at the workshop; leaving after it happens during Stage 3.
        return to == Stage::Withdrawn ? PipelineStep::FieldAssessment : PipelineStep::Workshop;
    case Stage::Accredited:
    case Stage::NotAccredited:
        return to == Stage::Withdrawn ? std::nullopt : std::optional<PipelineStep>(PipelineStep::FieldAssessment);
    case Stage::Withdrawn:
    case Stage::CommitmentEnded:
    case Stage::Retired:
        return std::nullopt;
    }
    return std::nullopt;
}

Validation StageDecision::validate() const
{
    Validation v;
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("A decision must name its candidate."));
    }
    if (from == to) {
        v.add(QStringLiteral("to"), tr("The candidate is already at the stage \"%1\".").arg(labelOf(to)));
    } else if (!isReversal() && !isAllowedMove(from, to)) {
        v.add(QStringLiteral("to"),
              tr("A candidate cannot move from \"%1\" to \"%2\".").arg(labelOf(from), labelOf(to)));
    }
    if (reason.trimmed().isEmpty()) {
        v.add(QStringLiteral("reason"), tr("Write the reason for the decision; it is kept with the candidate's file."));
    }
    if (decidedBy.trimmed().isEmpty()) {
        v.add(QStringLiteral("decided_by"), tr("A decision must say who took it."));
    }
    if (!decidedAt.isValid()) {
        v.add(QStringLiteral("decided_at"), tr("A decision must say when it was taken."));
    }
    if (informedOn.isValid() != informedBy.has_value()) {
        v.add(QStringLiteral("informed"), tr("Give both the date and the way the candidate was informed, or neither."));
    } else if (informedOn.isValid() && decidedAt.isValid() && informedOn < decidedAt.toUTC().date()) {
        v.add(QStringLiteral("informed"), tr("The candidate cannot be informed before the decision was taken."));
    }
    return v;
}
