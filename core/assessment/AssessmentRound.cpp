// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/AssessmentRound.h"

QList<PipelineStep> AssessmentRound::all()
{
    return {PipelineStep::Selection, PipelineStep::Workshop, PipelineStep::FieldAssessment};
}

std::optional<PipelineStep> AssessmentRound::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1")) {
        return PipelineStep::Selection;
    }
    if (t == QLatin1String("2")) {
        return PipelineStep::Workshop;
    }
    if (t == QLatin1String("3")) {
        return PipelineStep::FieldAssessment;
    }
    return fromKey<PipelineStep>(t);
}

QString AssessmentRound::name(PipelineStep round)
{
    return labelOf(round);
}

PipelineStep AssessmentRound::roundOfKey(const QString& criterionKey)
{
    if (criterionKey.startsWith(QLatin1String("workshop:"))) {
        return PipelineStep::Workshop;
    }
    if (criterionKey.startsWith(QLatin1String("activity:"))) {
        return PipelineStep::FieldAssessment;
    }
    return PipelineStep::Selection;
}
