// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numbers that explain one criterion of one candidate: how the reviewers' submitted
// ratings spread. The standard deviation is the POPULATION one (divided by n, not n − 1):
// the two to four ratings of a candidate are all the ratings there are, described rather
// than sampled, and with two ratings it stays half the spread instead of 0.71 times it.
// Pure functions; docs/assessment-statistics.md gives the formulas.

#include "assessment/SubmittedRating.h"

#include <QList>
#include <QUuid>

#include <optional>

/// The spread of the ratings of one criterion of one candidate.
struct RatingSummary {
    int count = 0;
    double mean = 0;
    double median = 0;  ///< the middle rating, or the mean of the two middle ones
    int lowest = 0;
    int highest = 0;
    int spread = 0;  ///< highest − lowest
    double populationStandardDeviation = 0;  ///< sqrt(Σ(x − mean)² / n)
    bool reviewersDisagree = false;  ///< spread ≥ ScoreStatistics::kDisagreementLevels
};

struct CriterionSummary {
    QUuid candidateId;
    QString criterionKey;
    RatingSummary ratings;
};

namespace ScoreStatistics {

/// Reviewers disagree when their ratings lie this many levels apart or more.
constexpr int kDisagreementLevels = 2;

/// The summary of `ratings`; nullopt when there are none.
std::optional<RatingSummary> summarize(const QList<int>& ratings);

/// One summary per candidate and criterion that has submitted ratings, ordered by
/// candidate id then criterion key.
QList<CriterionSummary> byCandidateAndCriterion(const QList<SubmittedRating>& ratings);

}  // namespace ScoreStatistics
