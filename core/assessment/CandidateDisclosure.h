// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a given person may see of the candidates: the one rule every read of candidates
// applies for a reviewer (the window's lists, editor, board and search, the CLI's
// candidates, show and export, printed sheets, the pool's and dashboard's counts). Officers
// and observers see everything. A reviewer sees the candidates assigned to them (all of
// them when the file says "reviewers see: all candidates"), never their contact details
// (e-mail, phone) or date of birth, and — in a round the officer anonymised — a code
// instead of their name, administration, nationality and position. Pure: the store builds
// it for its actor from the file's settings and the reviewer's assignments; tests build it
// by hand.

#include "domain/Candidate.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

/// Which candidates a reviewer sees (a setting of the file, key reviewers_see).
enum class ReviewerScope {
    Assigned,  ///< the candidates assigned to them (default)
    All  ///< every candidate, still without contact details
};

class CandidateDisclosure
{
    Q_DECLARE_TR_FUNCTIONS(CandidateDisclosure)

public:
    /// Everything: what officers and observers see.
    CandidateDisclosure() = default;
    /// What a reviewer assigned to `assigned` sees, with `scope` and the rounds the officer
    /// anonymised.
    CandidateDisclosure(const QSet<QUuid>& assigned, ReviewerScope scope, const QSet<PipelineStep>& anonymisedRounds);

    bool seesEverything() const { return !m_reviewer; }
    /// Whether the candidate is shown at all.
    bool sees(const QUuid& candidateId) const;
    /// Whether the candidate shows under a code instead of their name, administration,
    /// nationality and position (their current round is anonymised).
    bool anonymises(const Candidate& candidate) const { return anonymisesAt(candidate.stage); }
    /// The same, for a candidate at `stage` (a list that holds the stage, not the record).
    bool anonymisesAt(Stage stage) const;
    /// The candidate as the viewer may see them: without contact details and date of birth
    /// for a reviewer, and under their code in an anonymised round. Unchanged otherwise.
    Candidate disclosed(const Candidate& candidate) const;
    /// The candidates the viewer sees, each disclosed(), in the same order.
    QList<Candidate> disclosed(const QList<Candidate>& candidates) const;
    /// The name a list shows for a candidate at `stage`: `name`, or their code when anonymised.
    QString nameShown(const QUuid& candidateId, Stage stage, const QString& name) const;

    /// The round a candidate is assessed in now, from their stage: Stage 1 (selection)
    /// until selected, Stage 2 (the workshop) from selection to the workshop's outcome,
    /// Stage 3 (field assessment) once they passed it. None for a candidate who left the
    /// pipeline (withdrawn, commitment ended, retired): they are anonymised when any round is.
    static std::optional<PipelineStep> roundOf(Stage stage);
    /// The code that stands for a candidate in an anonymised round, the same as on printed
    /// anonymised sheets ("C-" and six hexadecimal digits), so the officer can match them.
    static QString codeOf(const QUuid& candidateId);

    /// The keys of the setting, as the file and the CLI spell them.
    static QString keyOf(ReviewerScope scope);
    static std::optional<ReviewerScope> scopeFromKey(const QString& key);
    /// "selection,workshop"; empty for none.
    static QString roundsKey(const QSet<PipelineStep>& rounds);
    /// The rounds named by "selection,workshop" (or "none", or empty); nullopt when a name is
    /// not a round's key.
    static std::optional<QSet<PipelineStep>> roundsFromKey(const QString& key);

private:
    bool m_reviewer = false;
    ReviewerScope m_scope = ReviewerScope::Assigned;
    QSet<QUuid> m_assigned;
    QSet<PipelineStep> m_anonymised;
};
