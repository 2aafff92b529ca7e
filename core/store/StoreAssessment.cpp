// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's reads: a workshop's applicants, their submitted ratings with the kind
// of each criterion, and what the ranking is made of (consensus, else the mean). Nothing here writes; the statistics,
// ranking and selection are pure code in core/assessment that works on what these return.
#include "Store.h"
#include "ScoreVisibility.h"

#include "CompetenceProfile.h"
#include "NameCollation.h"
#include "Ranking.h"
#include "Screening.h"
#include "StoreWriteSql.h"
#include "SubmittedRating.h"
#include "WorkshopApplicant.h"

using namespace StoreSql;

namespace {

// The candidates of a workshop's round, as Store::pipelineCards counts them.
const char* const kApplicantCondition =
    "c.archived_at IS NULL AND (e.workshop_id = :w OR EXISTS (SELECT 1 FROM stage_decision d "
    "WHERE d.candidate_id = c.id AND d.workshop_id = :w))";

}  // namespace

Result<QHash<QString, int>> Store::workshopCriterionScoreCounts(const QUuid& workshopId) const
{
    // substr(…, 10) drops "workshop:" (ScoringForm::workshopKey), leaving the criterion's own key.
    const auto rows = readAll<QPair<QString, int>>(
        connection(),
        QStringLiteral("SELECT substr(s.criterion_key, 10), count(*) FROM score s "
                       "JOIN candidate c ON c.id = s.candidate_id LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "WHERE s.criterion_key LIKE 'workshop:%' AND ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" GROUP BY s.criterion_key"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) { return qMakePair(q.value(0).toString(), q.value(1).toInt()); },
        tr("Could not count the scores of the workshop's criteria."));
    if (!rows.ok()) {
        return Result<QHash<QString, int>>(rows.error());
    }
    QHash<QString, int> counts;
    for (const auto& row : rows.value()) {
        counts.insert(row.first, row.second);
    }
    return counts;
}
