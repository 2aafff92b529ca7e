// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoreStatistics.h"

#include <QHash>
#include <QMap>
#include <QPair>

#include <algorithm>
#include <cmath>

namespace ScoreStatistics {

std::optional<RatingSummary> summarize(const QList<int>& ratings)
{
    if (ratings.isEmpty()) {
        return std::nullopt;
    }
    QList<int> sorted = ratings;
    std::sort(sorted.begin(), sorted.end());
    RatingSummary s;
    s.count = int(sorted.size());
    s.lowest = sorted.constFirst();
    s.highest = sorted.constLast();
    s.spread = s.highest - s.lowest;
    double sum = 0;
    for (int r : sorted) {
        sum += r;
    }
    s.mean = sum / s.count;
    const int middle = s.count / 2;
    s.median = s.count % 2 == 1 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2.0;
    double squares = 0;
    for (int r : sorted) {
        squares += (r - s.mean) * (r - s.mean);
    }
    s.populationStandardDeviation = std::sqrt(squares / s.count);
    s.reviewersDisagree = s.spread >= kDisagreementLevels;
    return s;
}

QList<CriterionSummary> byCandidateAndCriterion(const QList<SubmittedRating>& ratings)
{
    // Keyed by the id's text so that the order is stable from one run to the next.
    QMap<QPair<QString, QString>, QList<int>> grouped;
    QHash<QString, QUuid> ids;
    for (const SubmittedRating& r : ratings) {
        const QString id = r.candidateId.toString();
        ids.insert(id, r.candidateId);
        grouped[{id, r.criterionKey}].append(r.rating);
    }
    QList<CriterionSummary> list;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        CriterionSummary summary;
        summary.candidateId = ids.value(it.key().first);
        summary.criterionKey = it.key().second;
        summary.ratings = *summarize(it.value());
        list.append(summary);
    }
    return list;
}

}  // namespace ScoreStatistics
