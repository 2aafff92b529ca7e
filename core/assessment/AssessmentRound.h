// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The assessment runs in rounds, one per step of the pipeline and named by its words
// (PipelineStep: "selection" = Stage 1, "workshop" = Stage 2, "field_assessment" =
// Stage 3). Each round has its own assignments, form, submit, blindness, consensus and
// outcome. Before rounds (file format 12, review files of version 1) a score named only
// its criterion: roundOfKey reads the round a criterion belongs to, for the upgrade and
// for old review files alike.

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AssessmentRound {

/// The three rounds, in the order the call runs them.
QList<PipelineStep> all();

/// "selection", "workshop", "field_assessment", or 1, 2, 3; empty for anything else.
std::optional<PipelineStep> parse(const QString& text);

/// What the round is called: "Stage 1, selection", …
QString name(PipelineStep round);

/// The round a criterion key belonged to before rounds: a workshop's own criterion
/// ("workshop:KEY") to Stage 2, an activity appraisal ("activity:ID") to Stage 3, a
/// profile criterion to Stage 1 (it was scored on the application, before the workshop).
PipelineStep roundOfKey(const QString& criterionKey);

}  // namespace AssessmentRound
