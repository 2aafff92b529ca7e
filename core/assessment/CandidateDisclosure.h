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
#include <QStringList>
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
    /// Whether a candidate shows under their code in `round`, where the round is known (the
    /// scoring form, the Scores Grid, a round's sheets and reports): that round's setting, not
    /// the one of the stage the candidate stands at now.
    bool anonymisesIn(PipelineStep round) const { return m_reviewer && m_anonymised.contains(round); }
    /// The candidate as the viewer may see them: without contact details and date of birth
    /// for a reviewer, and under their code in an anonymised round. Unchanged otherwise.
    Candidate disclosed(const Candidate& candidate) const;
    /// The candidates the viewer sees, each disclosed(), in the same order.
    QList<Candidate> disclosed(const QList<Candidate>& candidates) const;
    /// disclosed() as seen in `round` (anonymisesIn): under their code when that round is
    /// anonymised, whatever stage they stand at now.
    Candidate disclosedIn(const Candidate& candidate, PipelineStep round) const;
    /// The name a list shows for a candidate at `stage`: `name`, or their code when anonymised.
    QString nameShown(const QUuid& candidateId, Stage stage, const QString& name) const;
    /// The same in a known round.
    QString nameShownIn(const QUuid& candidateId, PipelineStep round, const QString& name) const;
    /// `text` with what the viewer may not read of `candidate` replaced: their e-mail and
    /// phone (by "…"), and where they are not seen or anonymised their names, administration
    /// and position (by their code), as whole words. For free text made of records, such as
    /// the audit trail's values. Unchanged for officers and observers.
    QString scrubbed(const QString& text, const Candidate& candidate) const;
    /// The words scrubbed() replaces in `candidate`'s case, longest first (empty for officers).
    QStringList hiddenWordsOf(const Candidate& candidate) const;

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
    Candidate disclosedAs(const Candidate& candidate, bool anonymised) const;

    bool m_reviewer = false;
    ReviewerScope m_scope = ReviewerScope::Assigned;
    QSet<QUuid> m_assigned;
    QSet<PipelineStep> m_anonymised;
};
