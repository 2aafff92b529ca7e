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

Result<QList<WorkshopApplicant>> Store::workshopApplicants(const QUuid& workshopId) const
{
    QHash<QUuid, QString> sortTexts;
    auto applicants = readAll<WorkshopApplicant>(
        connection(),
        QStringLiteral("SELECT c.id, c.family_name, c.given_names, c.administration, c.gender, c.region, c.stage, "
                       "e.workshop_id = :w FROM candidate c LEFT JOIN enrolment e ON e.candidate_id = c.id WHERE ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" ORDER BY c.family_name, c.given_names, c.id"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [&sortTexts](const QSqlQuery& q) {
            WorkshopApplicant a;
            a.candidateId = QUuid::fromString(q.value(0).toString());
            sortTexts.insert(a.candidateId, NameCollation::personText(q.value(1).toString(), q.value(2).toString()));
            const QString given = q.value(2).toString().trimmed();
            a.name =
                given.isEmpty() ? q.value(1).toString() : QString(q.value(1).toString() + QStringLiteral(", ") + given);
            a.administration = q.value(3).toString();
            a.gender = toKey<Gender>(q.value(4), Gender::Undisclosed);
            a.region = toKey<Region>(q.value(5));
            a.stage = toKey<Stage>(q.value(6), Stage::Applied);
            a.holdsSeat = q.value(7).toInt() == 1;
            return a;
        },
        tr("Could not read the workshop's applicants."));
    if (!applicants.ok()) {
        return applicants;
    }
    NameCollation().sort(applicants.value(),
                         [&](const WorkshopApplicant& a) { return sortTexts.value(a.candidateId); });
    // The same test as the pipeline's move to "selected" (Pipeline::checkMove): the
    // selection helper proposes only those who may be selected without an override.
    const auto profile = currentProfile();
    if (!profile.ok()) {
        return Result<QList<WorkshopApplicant>>(profile.error());
    }
    const int threshold = profile.value().countedThresholdPercent;
    QList<WorkshopApplicant> list = applicants.value();
    for (WorkshopApplicant& a : list) {
        if (a.stage != Stage::Applied && a.stage != Stage::Waitlisted) {
            continue;  // decided already: the decision stands, with its override if any
        }
        const auto screened = screening(a.candidateId);
        if (!screened.ok()) {
            return Result<QList<WorkshopApplicant>>(screened.error());
        }
        if (!screened.value()) {
            a.screeningPassed = false;
            a.screeningNote = tr("no Stage 1 screening is recorded");
        } else if (!screened.value()->qualifies(threshold)) {
            a.screeningPassed = false;
            a.screeningNote = tr("screening not passed (%1)").arg(screened.value()->explanation(threshold));
        }
    }
    return list;
}

Result<QList<SubmittedRating>> Store::workshopRatings(const QUuid& workshopId) const
{
    // The kind comes from the profile version the score names: a later profile may have
    // moved a criterion, and past assessments keep the version they were made with.
    const auto all = readAll<SubmittedRating>(
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
    if (!all.ok()) {
        return all;
    }
    // The statistics, agreement, ranking and selection are made of these: a reviewer's
    // blindness holds there too.
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<SubmittedRating>>(visibility.error());
    }
    return visibility.value().ratings(all.value());
}

Result<QList<CriterionValue>> Store::workshopCriterionValues(const QUuid& workshopId) const
{
    using R = Result<QList<CriterionValue>>;
    const auto ratings = workshopRatings(workshopId);
    if (!ratings.ok()) {
        return R(ratings.error());
    }
    // Only a consensus on a criterion of the profile it names has a kind: one on a
    // workshop's own criterion or an activity appraisal is left out, as their ratings are.
    const auto consensus = readAll<CriterionValue>(
        connection(),
        QStringLiteral("SELECT s.candidate_id, s.criterion_key, cr.kind, s.rating "
                       "FROM consensus s JOIN candidate c ON c.id = s.candidate_id "
                       "LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "JOIN competence_profile cp ON cp.version = s.profile_version "
                       "JOIN criterion cr ON cr.profile_id = cp.id AND cr.key = s.criterion_key WHERE ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" ORDER BY s.candidate_id, s.criterion_key"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            CriterionValue v;
            v.candidateId = QUuid::fromString(q.value(0).toString());
            v.criterionKey = q.value(1).toString();
            v.kind = toKey<CriterionKind>(q.value(2), CriterionKind::Hard);
            v.value = q.value(3).toInt();
            return v;
        },
        tr("Could not read the workshop's consensus."));
    if (!consensus.ok()) {
        return R(consensus.error());
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return R(visibility.error());
    }
    QList<CriterionValue> agreed;
    for (const CriterionValue& v : consensus.value()) {
        if (visibility.value().seesOthersOf(v.candidateId)) {
            agreed.append(v);
        }
    }
    return Ranking::consensusOrMean(ratings.value(), agreed);
}
