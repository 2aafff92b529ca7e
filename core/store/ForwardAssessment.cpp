// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Assessment, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::assessment() itself (#15).
#include "Assessment.h"
#include "Store.h"

#include "CompetenceProfile.h"
#include "Ranking.h"
#include "ScoreVisibility.h"
#include "ScoringForm.h"
#include "ScreeningCheck.h"
#include "SubmittedRating.h"
#include "WorkshopApplicant.h"

Result<CompetenceProfile> Store::currentProfile() const
{
    return m_assessment->currentProfile();
}
Status Store::setCountedThreshold(int percent)
{
    return m_assessment->setCountedThreshold(percent);
}
Result<QList<Score>> Store::scores(const QUuid& candidateId) const
{
    return m_assessment->scores(candidateId);
}
Result<ReviewImport> Store::importReview(const QString& reviewFilePath)
{
    return m_assessment->importReview(reviewFilePath);
}
Result<QList<ReviewImport>> Store::importReviewFilesBeside()
{
    return m_assessment->importReviewFilesBeside();
}
Result<QUuid> Store::assessmentWorkshopOf(const QUuid& candidateId) const
{
    return m_assessment->workshopOf(candidateId);
}
Result<ScoringForm> Store::scoringForm(const QUuid& candidateId) const
{
    return m_assessment->scoringForm(candidateId);
}
Result<QList<ReviewerAssignment>> Store::assignments(const QUuid& candidateId) const
{
    return m_assessment->assignments(candidateId);
}
Status Store::assignReviewer(const QUuid& candidateId, const QUuid& reviewerId, const QString& conflictReason)
{
    return m_assessment->assignReviewer(candidateId, reviewerId, conflictReason);
}
Status Store::unassignReviewer(const QUuid& candidateId, const QUuid& reviewerId)
{
    return m_assessment->unassignReviewer(candidateId, reviewerId);
}
Result<QStringList> Store::spreadReviewers(const QUuid& workshopId, int perReviewerLimit, int perCandidate)
{
    return m_assessment->spreadReviewers(workshopId, perReviewerLimit, perCandidate);
}
Result<QList<ConflictDeclaration>> Store::conflictDeclarations(const QUuid& candidateId) const
{
    return m_assessment->conflictDeclarations(candidateId);
}
Result<QList<Score>> Store::visibleScores(const QUuid& candidateId, const QList<Score>& ownScores,
                                          const QList<ConflictDeclaration>& ownConflicts) const
{
    return m_assessment->visibleScores(candidateId, ownScores, ownConflicts);
}
Result<ScoreVisibility> Store::scoreVisibility() const
{
    return m_assessment->scoreVisibility();
}
Status Store::recordConsensus(const ConsensusRating& consensus)
{
    return m_assessment->recordConsensus(consensus);
}
Result<QList<ConsensusRating>> Store::consensus(const QUuid& candidateId) const
{
    return m_assessment->consensus(candidateId);
}
Status Store::recordOutcome(const AssessmentOutcome& outcome)
{
    return m_assessment->recordOutcome(outcome);
}
Result<QList<AssessmentOutcome>> Store::outcomes(const QUuid& candidateId) const
{
    return m_assessment->outcomes(candidateId);
}
Result<ScreeningCheck> Store::screeningCheck(const QUuid& candidateId) const
{
    return m_assessment->screeningCheck(candidateId);
}
Status Store::confirmScreening(const QUuid& candidateId, std::optional<bool> hardOverride, const QString& reason)
{
    return m_assessment->confirmScreening(candidateId, hardOverride, reason);
}
Result<QList<WorkshopApplicant>> Store::workshopApplicants(const QUuid& workshopId) const
{
    return m_assessment->applicants(workshopId);
}
Result<QList<SubmittedRating>> Store::workshopRatings(const QUuid& workshopId) const
{
    return m_assessment->ratings(workshopId);
}
Result<QList<CriterionValue>> Store::workshopCriterionValues(const QUuid& workshopId) const
{
    return m_assessment->criterionValues(workshopId);
}
