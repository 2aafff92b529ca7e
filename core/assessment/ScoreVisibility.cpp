// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoreVisibility.h"

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
    // Open where every one of the viewer's own scores of the candidate is submitted...
    QHash<QUuid, bool> submitted;
    for (const Score& s : scores) {
        if (s.reviewerId == viewer) {
            const auto found = submitted.constFind(s.candidateId);
            submitted.insert(s.candidateId, (found == submitted.constEnd() || found.value()) && s.isSubmitted());
        }
    }
    for (auto it = submitted.cbegin(); it != submitted.cend(); ++it) {
        if (it.value()) {
            m_open.insert(it.key());
        }
    }
    // ...and no conflict was declared about them.
    for (const ConflictDeclaration& d : declared) {
        if (d.reviewerId == viewer) {
            m_open.remove(d.candidateId);
        }
    }
}

bool ScoreVisibility::seesOthersOf(const QUuid& candidateId) const
{
    return !m_blindfolded || m_open.contains(candidateId);
}

QList<Score> ScoreVisibility::scores(const QList<Score>& scores) const
{
    if (!m_blindfolded) {
        return scores;
    }
    QList<Score> visible;
    for (const Score& s : scores) {
        if (s.reviewerId == m_viewer || m_open.contains(s.candidateId)) {
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
        if (r.reviewerId == m_viewer || m_open.contains(r.candidateId)) {
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
        if (m_open.contains(c.candidateId)) {
            visible.append(c);
        }
    }
    return visible;
}
