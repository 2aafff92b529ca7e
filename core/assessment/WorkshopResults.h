// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 2 results of a workshop: for each participant, the ratings each assessor gave
// on each of the workshop's own criteria, their mean, the officer's consensus, and the
// outcome (the one recorded with the scores, and the standing Stage 2 decision). Made of
// submitted ratings only, and of what the reader may see (ScoreVisibility): a reviewer
// still blind to a candidate sees their own ratings and nobody else's, nor the consensus.
// Pure: Assessment::workshopResults() reads what it is made of; tests make their own.
// Today the ratings are those of the one scoring form under the workshop's criteria; once
// assessment runs in rounds, they are the Stage 2 round's, and this stays as it is.

#include "assessment/AssessmentRecords.h"
#include "assessment/WorkshopApplicant.h"
#include "domain/CompetenceProfile.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUuid>

#include <optional>

class ScoreVisibility;
struct SubmittedRating;

/// A reviewer who gave a submitted rating the reader may see.
struct ResultsAssessor {
    QUuid id;
    QString name;
};

/// One participant's ratings on one workshop criterion.
struct CriterionResult {
    QString criterionKey;  ///< "workshop:KEY", as the scores name it
    QHash<QUuid, int> ratings;  ///< by assessor
    std::optional<int> consensus;  ///< the officer's, where recorded and visible
    QString consensusComment;

    /// The mean of the ratings; none when nobody rated.
    std::optional<double> mean() const;
};

/// One participant's row of the results.
struct ParticipantResult {
    QUuid candidateId;
    QString name;  ///< "Family, Given"
    QString administration;
    Stage stage = Stage::Applied;  ///< where they stand now
    QList<CriterionResult> criteria;  ///< one per workshop criterion, in the form's order
    std::optional<AssessmentOutcome> outcome;  ///< the officer's Stage 2 outcome, when recorded
    std::optional<StageDecision> decision;  ///< the standing Stage 2 decision (passed or not), if any
    /// The reader is a reviewer who has not submitted their own form of this candidate (or
    /// declared a conflict): the others' ratings and the consensus are left out.
    bool othersHidden = false;
};

class WorkshopResults
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopResults)

public:
    Workshop workshop;
    QList<Criterion> criteria;  ///< the workshop's own, keys without "workshop:"
    QList<ResultsAssessor> assessors;  ///< who rated any participant, in name order
    QList<ParticipantResult> participants;  ///< in the applicants' (name) order

    /// The results of `workshop` from its applicants (name order) and what was recorded about
    /// them. The participants are those who took part (tookPart) and those with a Stage 2
    /// outcome recorded. `ratings` and `consensus` are as the reader may see them; the rest
    /// of a blind reader's view comes from `visibility`. Ratings of other criteria are left out.
    static WorkshopResults build(const Workshop& workshop, const QList<Criterion>& criteria,
                                 const QList<WorkshopApplicant>& applicants, const QList<SubmittedRating>& ratings,
                                 const QList<ConsensusRating>& consensus, const QList<AssessmentOutcome>& outcomes,
                                 const QHash<QUuid, QList<StageDecision>>& histories,
                                 const ScoreVisibility& visibility);

    /// Whether a candidate took part in the workshop: a standing decision about it confirmed
    /// them there or judged their workshop.
    static bool tookPart(const QList<StageDecision>& history, const QUuid& workshopId);

    /// "Passed", "Not passed" or "Not recorded": the recorded outcome in a word or two.
    static QString outcomeText(const ParticipantResult& participant);
    /// "Passed the workshop, 13/10/2023, informed 15/10/2023", or "No decision yet".
    static QString decisionText(const ParticipantResult& participant, const QLocale& locale);
    /// A mean as shown: "2.5"; two decimals at most, as the locale writes them.
    static QString meanText(double mean, const QLocale& locale);
    /// The assessor's name, or "Reviewer" when the file no longer names them.
    QString assessorName(const QUuid& id) const;
};
