// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 1 ranking of a workshop's applicants against its seats: each candidate's total
// over the counted criteria and the advantages of the competence profile (hard
// requirements gate, they do not rank). The ranking works on plain values, one per
// candidate and criterion, so that whoever feeds it decides where they come from: the
// officer's consensus where one is recorded, the mean of the reviewers' submitted ratings
// otherwise (consensusOrMean; Assessment::criterionValues feeds it from the file). Only
// the profile's criteria rank: a workshop's own criteria ("workshop:KEY") are assessed at
// the workshop, after the Stage 1 selection this ranking is for, and activity appraisals
// later still, so neither is given a kind here (docs/assessment-statistics.md). Pure.

#include "assessment/SelectionHelper.h"
#include "assessment/SubmittedRating.h"
#include "assessment/WorkshopApplicant.h"

#include <QCoreApplication>
#include <QList>

/// The value a candidate reached on one criterion.
struct CriterionValue {
    QUuid candidateId;
    QString criterionKey;
    CriterionKind kind = CriterionKind::Counted;
    double value = 0;
    bool fromConsensus = false;  ///< the officer's consensus rather than the reviewers' mean
};

struct RankedCandidate {
    WorkshopApplicant applicant;
    int rank = 0;  ///< 1 for the best; equal totals share a rank ("1, 2, 2, 4")
    double total = 0;  ///< countedTotal + advantageTotal
    double countedTotal = 0;
    double advantageTotal = 0;
    int criteriaValued = 0;  ///< counted criteria and advantages with a value
    bool withinSeats = false;  ///< among the first `seats` candidates who compete and were scored
    bool tiedAtLastSeat = false;  ///< shares the total of the last seat with someone on the other side of it
};

/// A candidate the selection helper does not weigh, and why.
struct NotConsidered {
    RankedCandidate ranked;
    QString reason;
};

/// What the selection helper is given from a ranking: who competes, and who does not.
struct SelectionPool {
    QList<SelectionCandidate> candidates;  ///< in ranking order
    QList<NotConsidered> notConsidered;  ///< in ranking order
};

class Ranking
{
    Q_DECLARE_TR_FUNCTIONS(Ranking)

public:
    /// One value per candidate and counted criterion or advantage: the mean of the
    /// submitted ratings. Hard requirements and criteria of unknown kind are left out.
    static QList<CriterionValue> meansOfSubmitted(const QList<SubmittedRating>& ratings);

    /// One value per candidate and counted criterion or advantage: the officer's consensus
    /// where `consensus` holds one for that candidate and criterion (marked fromConsensus),
    /// otherwise the mean of the submitted ratings. A consensus counts even where no reviewer
    /// submitted. Hard requirements and criteria of unknown kind (a workshop's own criteria,
    /// activity appraisals) are left out of both. Ordered by candidate id, then criterion key.
    static QList<CriterionValue> consensusOrMean(const QList<SubmittedRating>& ratings,
                                                 const QList<CriterionValue>& consensus);

    /// The candidates of `ranked` the selection helper weighs (they compete for a seat, may
    /// be selected without an override, and have a value), and the others with the reason
    /// they are not weighed: one failing the screening is marked as needing an override.
    static SelectionPool selectionPool(const QList<RankedCandidate>& ranked);

    /// Every applicant, best total first (then by name). Seats go down the list to those who
    /// still compete for one (WorkshopApplicant::competesForSeat) and have a value; values of
    /// candidates not among `applicants`, and of hard requirements, are ignored.
    static QList<RankedCandidate> rank(const QList<WorkshopApplicant>& applicants, const QList<CriterionValue>& values,
                                       int seats);
};
