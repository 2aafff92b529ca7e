// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ReviewRules.h"

#include "domain/Candidate.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "assessment/ScoreVisibility.h"
#include "domain/TextFold.h"

#include <QHash>
#include <QSet>

namespace {

QString folded(const QString& administration)
{
    return TextFold::fold(administration).simplified();
}

bool declaredConflict(const QList<ConflictDeclaration>& declared, const QUuid& reviewerId, const QUuid& candidateId)
{
    return std::any_of(declared.cbegin(), declared.cend(), [&](const ConflictDeclaration& d) {
        return d.reviewerId == reviewerId && d.candidateId == candidateId;
    });
}

}  // namespace

bool ReviewRules::sameAdministration(const Person& reviewer, const Candidate& candidate)
{
    const QString mine = folded(reviewer.administration);
    return !mine.isEmpty() && mine == folded(candidate.administration);
}

Status ReviewRules::checkAssignment(const Person& reviewer, const Candidate& candidate,
                                    const QList<ConflictDeclaration>& declared, const QString& conflictReason)
{
    if (reviewer.role != PersonRole::Reviewer) {
        return Status::failure(ErrorCode::Refused,
                               tr("%1 is not recorded as a reviewer; record their role first.").arg(reviewer.name));
    }
    if (declaredConflict(declared, reviewer.meta.id, candidate.meta.id)) {
        return Status::failure(ErrorCode::Refused, tr("%1 declared a conflict of interest about %2 and cannot review "
                                                      "them.")
                                                       .arg(reviewer.name, candidate.displayName()));
    }
    if (sameAdministration(reviewer, candidate) && conflictReason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Refused,
                               tr("%1 is from %2, the administration of %3: a conflict of interest. Assign another "
                                  "reviewer, or record why this one may review them.")
                                   .arg(reviewer.name, candidate.administration, candidate.displayName()));
    }
    return Status::success();
}

bool ReviewRules::hasSubmitted(const QList<Score>& scores, const QUuid& reviewerId, const QUuid& candidateId,
                               PipelineStep round)
{
    bool any = false;
    for (const Score& s : scores) {
        if (s.reviewerId == reviewerId && s.candidateId == candidateId && s.round == round) {
            if (!s.isSubmitted()) {
                return false;
            }
            any = true;
        }
    }
    return any;
}

QList<Score> ReviewRules::visibleScores(const QList<Score>& scores, PersonRole role, const QUuid& viewer,
                                        const QList<ConflictDeclaration>& declared)
{
    return ScoreVisibility(role, viewer, scores, declared).scores(scores);
}

ReviewRules::Spread ReviewRules::spreadEvenly(const QList<Candidate>& candidates, const QList<Person>& reviewers,
                                              const QList<ReviewerAssignment>& existing,
                                              const QList<ConflictDeclaration>& declared, int perReviewerLimit,
                                              int perCandidate)
{
    Spread spread;
    QHash<QUuid, int> load;
    QSet<QPair<QUuid, QUuid>> assigned;
    for (const ReviewerAssignment& a : existing) {
        load[a.reviewerId] += 1;
        assigned.insert({a.candidateId, a.reviewerId});
    }
    for (const Candidate& candidate : candidates) {
        int have = 0;
        for (const Person& r : reviewers) {
            have += assigned.contains({candidate.meta.id, r.meta.id}) ? 1 : 0;
        }
        while (have < perCandidate) {
            const Person* best = nullptr;
            for (const Person& r : reviewers) {
                if (r.role != PersonRole::Reviewer || assigned.contains({candidate.meta.id, r.meta.id}) ||
                    load.value(r.meta.id) >= perReviewerLimit || sameAdministration(r, candidate) ||
                    declaredConflict(declared, r.meta.id, candidate.meta.id)) {
                    continue;
                }
                if (!best || load.value(r.meta.id) < load.value(best->meta.id) ||
                    (load.value(r.meta.id) == load.value(best->meta.id) && r.name < best->name)) {
                    best = &r;
                }
            }
            if (!best) {
                spread.shortfalls.append(
                    tr("%1 has %2 of %3 reviewers: no other reviewer is free of a conflict and under the limit of %4.")
                        .arg(candidate.displayName())
                        .arg(have)
                        .arg(perCandidate)
                        .arg(perReviewerLimit));
                break;
            }
            spread.added.append({candidate.meta.id, best->meta.id, {}, {}, {}});
            assigned.insert({candidate.meta.id, best->meta.id});
            load[best->meta.id] += 1;
            ++have;
        }
    }
    return spread;
}
