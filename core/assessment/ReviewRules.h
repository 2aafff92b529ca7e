// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rules of several reviewers: who may be assigned to whom (conflicts of interest),
// how assignments are spread evenly, and what a reviewer may see (blind until they have
// submitted their own scores). Pure functions over records, so that the store, the CLI and
// the windows apply the very same rules and tests check them without a file.

#include "assessment/AssessmentRecords.h"
#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>

class Candidate;
class Person;
class Score;

class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRules)

public:
    /// A reviewer from the candidate's own administration (accents, case and spaces ignored).
    static bool sameAdministration(const Person& reviewer, const Candidate& candidate);

    /// Whether `reviewer` may be assigned to `candidate`: refused for someone not recorded
    /// as a reviewer, for a conflict the reviewer declared, and for a reviewer of the
    /// candidate's administration unless `conflictReason` says why.
    static Status checkAssignment(const Person& reviewer, const Candidate& candidate,
                                  const QList<ConflictDeclaration>& declared, const QString& conflictReason);

    /// The reviewer has scores for the candidate in `round` and every one of them is submitted.
    static bool hasSubmitted(const QList<Score>& scores, const QUuid& reviewerId, const QUuid& candidateId,
                             PipelineStep round);

    /// What `viewer` (in `role`) may see of `scores`: officers and observers see all; a
    /// reviewer sees their own, and other reviewers' scores of a candidate only once they
    /// have submitted their own for that candidate and declared no conflict about them.
    static QList<Score> visibleScores(const QList<Score>& scores, PersonRole role, const QUuid& viewer,
                                      const QList<ConflictDeclaration>& declared);

    struct Spread {
        QList<ReviewerAssignment> added;
        QStringList shortfalls;  ///< candidates left with fewer reviewers than asked, and why
    };
    /// Assigns reviewers so that each candidate has `perCandidate` of them, always picking
    /// the eligible reviewer with the fewest assignments (then by name), never beyond
    /// `perReviewerLimit` each, never to a candidate of their administration or with a
    /// declared conflict. Existing assignments count and stay.
    static Spread spreadEvenly(const QList<Candidate>& candidates, const QList<Person>& reviewers,
                               const QList<ReviewerAssignment>& existing, const QList<ConflictDeclaration>& declared,
                               int perReviewerLimit, int perCandidate);
};
