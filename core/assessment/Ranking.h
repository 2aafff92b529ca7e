#pragma once
// The Stage 1 ranking of a workshop's applicants against its seats: each candidate's total
// over the counted criteria and the advantages of the competence profile (hard
// requirements gate, they do not rank). The ranking works on plain values, one per
// candidate and criterion, so that whoever feeds it decides where they come from: today
// the mean of the reviewers' submitted ratings (meansOfSubmitted), later the officer's
// consensus where one is recorded. Pure.

#include "SubmittedRating.h"
#include "WorkshopApplicant.h"

#include <QCoreApplication>
#include <QList>

/// The value a candidate reached on one criterion.
struct CriterionValue {
    QUuid candidateId;
    QString criterionKey;
    CriterionKind kind = CriterionKind::Counted;
    double value = 0;
};

struct RankedCandidate {
    WorkshopApplicant applicant;
    int rank = 0;               ///< 1 for the best; equal totals share a rank ("1, 2, 2, 4")
    double total = 0;           ///< countedTotal + advantageTotal
    double countedTotal = 0;
    double advantageTotal = 0;
    int criteriaValued = 0;     ///< counted criteria and advantages with a value
    bool withinSeats = false;   ///< among the first `seats` candidates who compete and were scored
    bool tiedAtLastSeat = false;  ///< shares the total of the last seat with someone on the other side of it
};

class Ranking
{
    Q_DECLARE_TR_FUNCTIONS(Ranking)

public:
    /// One value per candidate and counted criterion or advantage: the mean of the
    /// submitted ratings. Hard requirements and criteria of unknown kind are left out.
    static QList<CriterionValue> meansOfSubmitted(const QList<SubmittedRating>& ratings);

    /// Every applicant, best total first (then by name). Seats go down the list to those who
    /// still compete for one (WorkshopApplicant::competesForSeat) and have a value; values of
    /// candidates not among `applicants`, and of hard requirements, are ignored.
    static QList<RankedCandidate> rank(const QList<WorkshopApplicant>& applicants, const QList<CriterionValue>& values,
                                       int seats);
};
