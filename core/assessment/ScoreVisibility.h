// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a given person may see of the reviewers' scores: the one rule every output asks
// (the scoring form and scores panel, printed sheets and batches, the audit trail, the
// ranking, the agreement, the selection). Officers and observers see everything. A
// reviewer sees their own scores, and another reviewer's scores of a candidate — with
// everything made of them: the consensus, the statistics, the ranking's values — only
// once their own form of that candidate *in that round* is submitted and they declared no
// conflict about them: a Stage 1 submit opens Stage 1 only, never Stage 2 or 3. Pure: the
// store builds it for its actor, tests build it by hand.

#include "assessment/AssessmentRecords.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

class Score;
struct SubmittedRating;

class ScoreVisibility
{
    Q_DECLARE_TR_FUNCTIONS(ScoreVisibility)

public:
    /// Everything: what officers and observers see.
    ScoreVisibility() = default;
    /// What `viewer` in `role` sees, from every score there is (those in the shared file
    /// with the viewer's own, unimported ones in their place) and every declared conflict.
    ScoreVisibility(PersonRole role, const QUuid& viewer, const QList<Score>& scores,
                    const QList<ConflictDeclaration>& declared);

    bool seesEverything() const { return !m_blindfolded; }
    QUuid viewer() const { return m_viewer; }
    /// Whether the viewer may see the other reviewers' scores of the candidate in `round`
    /// and what is made of them.
    bool seesOthersOf(const QUuid& candidateId, PipelineStep round) const;

    QList<Score> scores(const QList<Score>& scores) const;
    QList<SubmittedRating> ratings(const QList<SubmittedRating>& ratings) const;
    /// The officer's consensus is made of the reviewers' scores: shown where they are.
    QList<ConsensusRating> consensus(const QList<ConsensusRating>& consensus) const;

private:
    bool m_blindfolded = false;
    QUuid m_viewer;
    QSet<QPair<QUuid, int>> m_open;  ///< candidates and rounds whose others' scores the viewer may see
};
