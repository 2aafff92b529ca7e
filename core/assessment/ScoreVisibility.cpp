// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoreVisibility.h"

#include "assessment/AssessmentRound.h"

#include "domain/Score.h"
#include "assessment/SubmittedRating.h"

ScoreVisibility::ScoreVisibility(PersonRole role, const QUuid& viewer, const QList<Score>& scores,
                                 const QList<ConflictDeclaration>& declared)
    : m_blindfolded(role == PersonRole::Reviewer)
    , m_viewer(viewer)
{
    if (!m_blindfolded) {
        return;
    }
    // Open where every one of the viewer's own scores of the candidate in the round is
    // submitted...
    QHash<QPair<QUuid, int>, bool> submitted;
    for (const Score& s : scores) {
        if (s.reviewerId == viewer) {
            const QPair<QUuid, int> key{s.candidateId, int(s.round)};
            const auto found = submitted.constFind(key);
            submitted.insert(key, (found == submitted.constEnd() || found.value()) && s.isSubmitted());
        }
    }
    for (auto it = submitted.cbegin(); it != submitted.cend(); ++it) {
        if (it.value()) {
            m_open.insert(it.key());
        }
    }
    // ...and no conflict was declared about them (in any round).
    for (const ConflictDeclaration& d : declared) {
        if (d.reviewerId == viewer) {
            for (const PipelineStep round : AssessmentRound::all()) {
                m_open.remove({d.candidateId, int(round)});
            }
        }
    }
}

bool ScoreVisibility::seesOthersOf(const QUuid& candidateId, PipelineStep round) const
{
    return !m_blindfolded || m_open.contains({candidateId, int(round)});
}

QList<Score> ScoreVisibility::scores(const QList<Score>& scores) const
{
    if (!m_blindfolded) {
        return scores;
    }
    QList<Score> visible;
    for (const Score& s : scores) {
        if (s.reviewerId == m_viewer || m_open.contains({s.candidateId, int(s.round)})) {
            visible.append(s);
        }
    }
    return visible;
}

QList<SubmittedRating> ScoreVisibility::ratings(const QList<SubmittedRating>& ratings) const
{
    if (!m_blindfolded) {
        return ratings;
    }
    QList<SubmittedRating> visible;
    for (const SubmittedRating& r : ratings) {
        if (r.reviewerId == m_viewer || m_open.contains({r.candidateId, int(r.round)})) {
            visible.append(r);
        }
    }
    return visible;
}

QList<ConsensusRating> ScoreVisibility::consensus(const QList<ConsensusRating>& consensus) const
{
    if (!m_blindfolded) {
        return consensus;
    }
    QList<ConsensusRating> visible;
    for (const ConsensusRating& c : consensus) {
        if (m_open.contains({c.candidateId, int(c.round)})) {
            visible.append(c);
        }
    }
    return visible;
}
