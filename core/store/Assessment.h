// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The assessment of an open file: the competence profile, scoring forms, reviewers'
// assignments and scores, review-file import, consensus, outcomes and the Stage 1 pre-check.
// Handed out by Store; every write goes through Store's one unit of work.
//
// It owns the tables competence_profile (its threshold; the profile itself is written when
// the file is made), score, reviewer_assignment, conflict_declaration, review_import (with
// the review_file: and review_revision: keys of file_info), consensus and
// assessment_outcome. Every rule is ScoringForm's, ReviewRules', ScoreVisibility's,
// ScreeningCheck's or Pipeline::checkOutcome's; the statistics, ranking and selection are
// pure code in core/assessment that works on what the reads here return. What a reviewer
// may see is one rule (scoreVisibility), which every read of scores and consensus applies.
// Sources: Assessment.cpp (profile, forms, assignments, scores, consensus, outcomes,
// screening, a workshop's ranking), AssessmentReviewImport.cpp (review files), AssessmentResults.cpp
// (a workshop's results and round summary).

#include "assessment/AssessmentRecords.h"  // complete for visibleScores()' "= {}" defaults: clang needs them
#include "Result.h"
#include "domain/Score.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

class Store;
class CompetenceProfile;
class RoundSummary;
class ScoreVisibility;
class ScoringForm;
class ScreeningCheck;
struct AssessmentOutcome;
struct ConflictDeclaration;
struct ConsensusRating;
struct CriterionValue;
struct ReviewerAssignment;
struct ScoreBatchReport;
struct ScoreEntry;
struct SubmittedRating;
struct WorkshopApplicant;
class WorkshopResults;

/// What importing a review file did.
struct ReviewImport {
    QString reviewerName;
    int scoresInFile = 0;
    int scoresChanged = 0;  ///< 0 when the file had been imported before and nothing changed
    int conflictsDeclared = 0;  ///< conflicts of interest newly declared (each removes an assignment)
    int assignmentsRemoved = 0;  ///< assignments removed for a declared conflict
    int scoresLeftOutForConflict = 0;  ///< scores of candidates the file declares a conflict about

    /// What the import did, in sentences (the CLI and the window say the same): never
    /// "nothing new" when a conflict was recorded or an assignment removed.
    QString summary() const;
};

class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    explicit Assessment(Store& store);
    Assessment(const Assessment&) = delete;
    Assessment& operator=(const Assessment&) = delete;

    /// The competence profile in force: the latest version, with its groups, criteria and scale.
    Result<CompetenceProfile> currentProfile() const;
    /// Sets the "most of the following" threshold of the profile in force (1 to 99 %).
    Status setCountedThreshold(int percent);

    // Scores and review files (AssessmentReviewImport.cpp for the import).

    /// Scores imported from review files; of one candidate when `candidateId` is set. As
    /// the actor may see them (scoreVisibility): a reviewer is blind to the others' scores
    /// of a candidate until they submitted their own, and after declaring a conflict.
    Result<QList<Score>> scores(const QUuid& candidateId = {}) const;
    /// Imports a reviewer's review file made for this file. Every row is checked as if the
    /// reviewer typed it in here (assigned, no conflict, an item of the candidate's form, a
    /// profile version the file has, a form submitted whole, submitted scores final); one
    /// refused row imports nothing and names the row. The file's current state wins over
    /// what was imported before; an older copy (lower revision) is refused; the shared
    /// file accepts one review file per reviewer. Importing the same file again changes
    /// nothing. A conflict of interest the reviewer declared is recorded and removes their
    /// assignment.
    Result<ReviewImport> importReview(const QString& reviewFilePath);
    /// Imports every review file (*.review) in the file's folder that was made for this
    /// file; review files of other files are passed over. Stops at the first failure.
    Result<QList<ReviewImport>> importReviewFilesBeside();

    // The forms and who reviews whom.

    /// The workshop a candidate is assessed in: where they hold a seat, otherwise that of
    /// their latest decision naming one; null when none.
    Result<QUuid> workshopOf(const QUuid& candidateId) const;
    /// The candidate's scoring form in an assessment round (see ScoringForm::build).
    Result<ScoringForm> scoringForm(const QUuid& candidateId, PipelineStep round = PipelineStep::Selection) const;

    /// Reviewers' assignments, each naming its round; of one candidate when `candidateId` is set.
    Result<QList<ReviewerAssignment>> assignments(const QUuid& candidateId = {}) const;
    /// Assigns a reviewer to a candidate in an assessment round; refused by
    /// ReviewRules::checkAssignment (a reviewer of the candidate's administration needs
    /// `conflictReason`).
    Status assignReviewer(const QUuid& candidateId, const QUuid& reviewerId, const QString& conflictReason = {},
                          PipelineStep round = PipelineStep::Selection);
    /// Removes a reviewer's assignment to a candidate in a round; NotFound when there was none.
    Status unassignReviewer(const QUuid& candidateId, const QUuid& reviewerId,
                            PipelineStep round = PipelineStep::Selection);
    /// Spreads the reviewers evenly over the candidates of a workshop in a round
    /// (ReviewRules::spreadEvenly, counting that round's assignments) in one unit of work;
    /// returns what it could not do, one sentence a candidate.
    Result<QStringList> spreadReviewers(const QUuid& workshopId, int perReviewerLimit, int perCandidate,
                                        PipelineStep round = PipelineStep::Selection);
    /// Conflicts of interest reviewers declared (imported from their review files).
    Result<QList<ConflictDeclaration>> conflictDeclarations(const QUuid& candidateId = {}) const;
    /// What the actor may see of the scores of a candidate (all when null), with a
    /// reviewer's own scores from `ownScores` laid over the imported ones: blind until
    /// they submitted (ReviewRules::visibleScores).
    Result<QList<Score>> visibleScores(const QUuid& candidateId, const QList<Score>& ownScores = {},
                                       const QList<ConflictDeclaration>& ownConflicts = {}) const;
    /// What the actor may see of the scores, the one rule every output asks: everything
    /// for officers and observers; for a reviewer, from the shared file and their own review
    /// file beside it (ACCOUNT.review), when it is theirs.
    Result<ScoreVisibility> scoreVisibility() const;

    // The officer's consensus and outcomes, and the Stage 1 pre-check.

    /// Records the officer's consensus on one criterion of a candidate's form in the round
    /// the consensus names, apart from the reviewers' scores; recording again replaces it.
    Status recordConsensus(const ConsensusRating& consensus);
    /// recordConsensus() over what a window read (the scoring form): `readRecordedAt` is when
    /// the consensus shown was recorded, null when none was. Refused with Conflict, writing
    /// nothing, when the consensus was recorded or cleared since (read inside the unit); the
    /// command line has read nothing and uses recordConsensus().
    Status recordConsensusAsRead(const ConsensusRating& consensus, const QDateTime& readRecordedAt);
    /// Removes the officer's consensus on one criterion of a candidate in a round, as
    /// `asRead` holds it (candidate, round, criterion, and recordedAt as read): refused with
    /// Conflict, writing nothing, when the consensus was recorded again since it was read (the
    /// consensus table has no row version; every recording sets its time), NotFound when there
    /// is none. One unit of work, one "consensus.clear" entry with the rating removed.
    Status clearConsensus(const ConsensusRating& asRead);
    /// Records the officer's consensus on many cells in one unit of work (scores-import
    /// --consensus, the scores grid; AssessmentBulk.cpp): every entry is checked inside it
    /// (BulkScores::check, candidates of `workshopId` only when set); one refused entry
    /// records nothing. One audit entry for the batch.
    /// Every entry is of `round` (its form, its consensus).
    ScoreBatchReport recordConsensusBatch(const QList<ScoreEntry>& entries, const QUuid& workshopId = {},
                                          PipelineStep round = PipelineStep::Selection);
    /// The consensus of a candidate in every round (each names its own), where the actor may
    /// see it (scoreVisibility).
    Result<QList<ConsensusRating>> consensus(const QUuid& candidateId) const;
    /// Records the officer's outcome of one step's assessment of a candidate, judged by
    /// Pipeline::checkOutcome on what the file holds; recording again replaces it.
    Status recordOutcome(const AssessmentOutcome& outcome);
    /// The outcomes recorded for a candidate, by step.
    Result<QList<AssessmentOutcome>> outcomes(const QUuid& candidateId) const;

    /// The Stage 1 pre-check of a candidate (ScreeningCheck::run on the Stage 1 round's
    /// scores and consensus; Stage 2 and 3 never count).
    Result<ScreeningCheck> screeningCheck(const QUuid& candidateId) const;
    /// Records the screening the pre-check proposes, confirmed, or with the hard
    /// requirements judged `hardOverride` for `reason` (required when it differs).
    Status confirmScreening(const QUuid& candidateId, std::optional<bool> hardOverride, const QString& reason);

    // A workshop's round: reads only; the numbers are core/assessment's.

    /// The applicants of a workshop: candidates not archived who applied to it (with or
    /// without a seat), hold a seat there or were decided about for it (as the pipeline
    /// board shows them), in name order.
    Result<QList<WorkshopApplicant>> applicants(const QUuid& workshopId) const;
    /// The submitted ratings of the workshop's applicants in one assessment round (drafts
    /// never), each with its criterion's kind in the profile version the score was made
    /// with, by candidate, criterion and reviewer.
    Result<QList<SubmittedRating>> ratings(const QUuid& workshopId, PipelineStep round = PipelineStep::Selection) const;
    /// What the Stage 1 ranking of a workshop is made of (Ranking::consensusOrMean), from the
    /// Stage 1 round only: per applicant and counted criterion or advantage, the officer's consensus where recorded,
    /// with its kind in the profile version it names, else the mean of the submitted ratings.
    /// The CLI and the window both rank from here.
    Result<QList<CriterionValue>> criterionValues(const QUuid& workshopId) const;

    // A workshop's reports (AssessmentResults.cpp): one read each for the window, the CLI
    // and the printed pages.

    /// The Stage 2 results of a workshop (WorkshopResults::build on what the file holds): its
    /// participants' submitted ratings on its own criteria, the consensus and the outcome, as
    /// the actor may see them (scoreVisibility). NotFound when the file has no such workshop.
    Result<WorkshopResults> workshopResults(const QUuid& workshopId) const;
    /// How many applied, were selected, passed the workshop and were accredited, in all and
    /// by region, gender and administration (RoundSummary): of a workshop's applicants, or
    /// with a null workshop of every candidate of the file not archived.
    Result<RoundSummary> roundSummary(const QUuid& workshopId = {}) const;

private:
    /// recordConsensus(), checked against `readRecordedAt` when set.
    Status recordConsensusWith(const ConsensusRating& consensus, const std::optional<QDateTime>& readRecordedAt);
    /// Every imported score, whoever reads: for the rules, never for an output.
    Result<QList<Score>> allScores(const QUuid& candidateId = {}) const;
    /// scoreVisibility() with the reviewer's own scores and conflicts given, not read from
    /// their review file.
    Result<ScoreVisibility> visibilityWith(const QList<Score>& ownScores,
                                           const QList<ConflictDeclaration>& ownConflicts) const;

    Store& m_store;
};
