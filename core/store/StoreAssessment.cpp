// The assessment's reads: a workshop's applicants and their submitted ratings with the kind
// of each criterion. Nothing here writes; the statistics, ranking and selection are pure
// code in core/assessment that works on what these return.
#include "Store.h"

#include "StoreWriteSql.h"
#include "SubmittedRating.h"
#include "WorkshopApplicant.h"

using namespace StoreSql;

namespace {

// The candidates of a workshop's round, as Store::pipelineCards counts them.
const char* const kApplicantCondition =
    "c.archived_at IS NULL AND (e.workshop_id = :w OR EXISTS (SELECT 1 FROM stage_decision d "
    "WHERE d.candidate_id = c.id AND d.workshop_id = :w))";

} // namespace

Result<QList<WorkshopApplicant>> Store::workshopApplicants(const QUuid& workshopId) const
{
    return readAll<WorkshopApplicant>(
        connection(),
        QStringLiteral("SELECT c.id, c.family_name, c.given_names, c.administration, c.gender, c.region, c.stage, "
                       "e.workshop_id = :w FROM candidate c LEFT JOIN enrolment e ON e.candidate_id = c.id WHERE ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" ORDER BY c.family_name, c.given_names, c.id"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            WorkshopApplicant a;
            a.candidateId = QUuid::fromString(q.value(0).toString());
            const QString given = q.value(2).toString().trimmed();
            a.name = given.isEmpty() ? q.value(1).toString() : QString(q.value(1).toString() + QStringLiteral(", ") + given);
            a.administration = q.value(3).toString();
            a.gender = toKey<Gender>(q.value(4), Gender::Undisclosed);
            a.region = toKey<Region>(q.value(5));
            a.stage = toKey<Stage>(q.value(6), Stage::Applied);
            a.holdsSeat = q.value(7).toInt() == 1;
            return a;
        },
        tr("Could not read the workshop's applicants."));
}

Result<QList<SubmittedRating>> Store::workshopRatings(const QUuid& workshopId) const
{
    // The kind comes from the profile version the score names: a later profile may have
    // moved a criterion, and past assessments keep the version they were made with.
    return readAll<SubmittedRating>(
        connection(),
        QStringLiteral("SELECT s.candidate_id, s.reviewer_id, p.name, s.criterion_key, cr.kind, s.rating "
                       "FROM score s JOIN candidate c ON c.id = s.candidate_id "
                       "LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "LEFT JOIN person p ON p.id = s.reviewer_id "
                       "LEFT JOIN competence_profile cp ON cp.version = s.profile_version "
                       "LEFT JOIN criterion cr ON cr.profile_id = cp.id AND cr.key = s.criterion_key "
                       "WHERE s.submitted_at IS NOT NULL AND s.rating IS NOT NULL AND ") +
            QLatin1String(kApplicantCondition) +
            QStringLiteral(" ORDER BY s.candidate_id, s.criterion_key, s.reviewer_id"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            SubmittedRating r;
            r.candidateId = QUuid::fromString(q.value(0).toString());
            r.reviewerId = QUuid::fromString(q.value(1).toString());
            r.reviewerName = q.value(2).toString();
            r.criterionKey = q.value(3).toString();
            r.kind = toKey<CriterionKind>(q.value(4));
            r.rating = q.value(5).toInt();
            return r;
        },
        tr("Could not read the workshop's scores."));
}
