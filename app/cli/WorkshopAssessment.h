// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the assessment commands (ranking, agreement, select) read of a workshop, and how they
// write its figures: the option names they share, totals as the locale writes them, the
// workshop as JSON.

#include "assessment/Ranking.h"
#include "Result.h"
#include "assessment/SubmittedRating.h"
#include "domain/Workshop.h"
#include "assessment/WorkshopApplicant.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Store;

inline const QString kWorkshop = QStringLiteral("workshop");
inline const QString kJson = QStringLiteral("json");

/// Totals are means: two decimals at most, as the locale writes them.
QString number(double value);

double rounded(double value, int decimals);

/// What the three commands read: the workshop, its applicants, their submitted ratings and
/// the values the ranking is made of (consensus where recorded, else the mean).
struct WorkshopAssessment {
    Workshop workshop;
    QList<WorkshopApplicant> applicants;
    QList<SubmittedRating> ratings;
    QList<CriterionValue> values;
};

/// `ratings` are of `round`; the ranking's values are always of Stage 1 (selection).
Result<WorkshopAssessment> readAssessment(const Store& store, const QString& workshopArgument,
                                          PipelineStep round = PipelineStep::Selection);

QList<RankedCandidate> rankingOf(const WorkshopAssessment& a);

int consensusCount(const WorkshopAssessment& a);

QJsonObject workshopJson(const Workshop& w);
