// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 1 pre-check: each hard requirement judged from the candidate's own data, and
// the "most of the following" rule computed criterion by criterion from the officer's
// consensus or, where there is none yet, from the reviewers' submitted scores. It only
// proposes: the officer confirms it, or overrides the hard requirements with a reason.

#include "Result.h"
#include "domain/Screening.h"

#include <optional>

#include <QCoreApplication>
#include <QList>

class Candidate;
class CompetenceProfile;
class Score;
struct ConsensusRating;

class ScreeningCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCheck)

public:
    enum class Finding { Met, NotMet, Unknown };

    struct Requirement {
        QString criterionKey;
        QString name;
        Finding finding = Finding::Unknown;
        QString reason;  ///< what in the data met it or not, in a sentence
        /// Whether the candidate's data answer it (0 years, or no level given, may only
        /// mean "not given"); a finding from unrecorded data contradicts no one.
        bool recorded = false;
    };

    struct Counted {
        QString criterionKey;
        QString name;
        bool assessed = false;  ///< a consensus or at least one submitted score exists
        bool met = false;
        QString basis;  ///< "Consensus 3 – Exceeds: met", "Median of 2 submitted scores 1.5: not met"…
    };

    QUuid candidateId;
    int thresholdPercent = 50;
    QList<Requirement> hard;
    QList<Counted> counted;

    /// Judges `candidate` against `profile`. Only submitted scores count; a consensus
    /// replaces the scores of its criterion.
    static ScreeningCheck run(const Candidate& candidate, const CompetenceProfile& profile,
                              const QList<ConsensusRating>& consensus, const QList<Score>& scores);

    /// Every hard requirement found met (one that cannot be judged from the data is not).
    bool hardRequirementsMet() const;
    int countedMet() const;
    int countedTotal() const { return int(counted.size()); }
    /// The screening the officer confirms; `hardOverride` replaces the finding on the hard
    /// requirements, with `reason` (required then, see confirmation()).
    Screening proposal() const;
    /// The screening to record: the proposal, or with the officer's override of the hard
    /// requirements. Refused when the override differs from the finding without a reason.
    Result<Screening> confirmation(std::optional<bool> hardOverride, const QString& reason) const;

    /// The hard requirements whose recorded data say otherwise than an officer judging them
    /// `hardMet`: those found not met from what the candidate gave. Judging them met against
    /// that needs a written reason (Decisions::recordScreening). Judging them not met lets no one
    /// through (selecting then needs its own override), so it contradicts nothing here.
    QList<Requirement> contradictions(bool hardMet) const;

    /// One line per hard requirement and per counted criterion, then the conclusion.
    QStringList explanation() const;

    static QString findingLabel(Finding finding);
};
