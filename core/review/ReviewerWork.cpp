// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewerWork.h"

#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "store/FileEvents.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/People.h"
#include "store/Candidates.h"
#include "store/Assessment.h"

#include <QDir>
#include <QFileInfo>

QString ReviewerWork::defaultReviewPath(const QString& sharedPath, const QString& account)
{
    return QFileInfo(sharedPath).absoluteDir().filePath(account + QStringLiteral(".review"));
}

Status ReviewerWork::checkActsAs(const Store& store, const QUuid& reviewerId, const QString& reviewerName)
{
    if (store.personId() != reviewerId) {
        return Status::failure(ErrorCode::Refused,
                               tr("%1's scores are theirs alone: only %1 records them, in their own review file. "
                                  "The officer records a consensus instead.")
                                   .arg(reviewerName));
    }
    return Status::success();
}

Result<std::unique_ptr<ReviewFile>> ReviewerWork::openOwn(const Store& store, const QString& path)
{
    using R = Result<std::unique_ptr<ReviewFile>>;
    const auto people = store.people().all();
    const auto fileId = store.fileId();
    if (!people.ok() || !fileId.ok()) {
        return R(people.ok() ? fileId.error() : people.error());
    }
    const auto me = std::find_if(people.value().cbegin(), people.value().cend(),
                                 [&](const Person& p) { return p.meta.id == store.personId(); });
    if (me == people.value().cend() || me->role != PersonRole::Reviewer) {
        return R::failure(ErrorCode::Refused, tr("Only a reviewer recorded in the file scores candidates; you are "
                                                 "recorded as %1.")
                                                  .arg(labelOf(store.role())));
    }
    auto review = QFileInfo::exists(path) ? ReviewFile::open(path) : ReviewFile::create(path, fileId.value(), *me);
    if (!review.ok() && QFileInfo::exists(path) && review.code() == ErrorCode::Invalid) {
        // Another process (a second window, a script) made it meanwhile: work in that one.
        review = ReviewFile::open(path);
    }
    if (!review.ok()) {
        return review;
    }
    if (review.value()->identity().sharedFileId != fileId.value()) {
        return R::failure(ErrorCode::Refused,
                          tr("\"%1\" was made for another accreditation file.").arg(QDir::toNativeSeparators(path)));
    }
    if (review.value()->identity().reviewerId != me->meta.id) {
        return R::failure(ErrorCode::Refused,
                          tr("\"%1\" is %2's review file; a reviewer's scores are theirs alone.")
                              .arg(QDir::toNativeSeparators(path), review.value()->identity().reviewerName));
    }
    return review;
}

Status ReviewerWork::checkMayScore(const Store& store, const ReviewFile& review, const QUuid& candidateId,
                                   PipelineStep round)
{
    const QUuid me = review.identity().reviewerId;
    const auto own = review.conflicts();
    const auto declared = store.assessment().conflictDeclarations(candidateId);
    if (!own.ok() || !declared.ok()) {
        return Status(own.ok() ? declared.error() : own.error());
    }
    for (const ConflictDeclaration& d : own.value() + declared.value()) {
        if (d.reviewerId == me && d.candidateId == candidateId) {
            return Status::failure(
                ErrorCode::Refused,
                tr("You declared a conflict of interest about this candidate; you cannot score them."));
        }
    }
    const auto assigned = store.assessment().assignments(candidateId);
    if (!assigned.ok()) {
        return Status(assigned.error());
    }
    if (std::none_of(assigned.value().cbegin(), assigned.value().cend(),
                     [&](const ReviewerAssignment& a) { return a.reviewerId == me && a.round == round; })) {
        return Status::failure(ErrorCode::Refused, tr("This candidate is not assigned to you in %1; the officer "
                                                      "assigns reviewers to candidates per round (assign --round).")
                                                       .arg(labelOf(round)));
    }
    return Status::success();
}

Result<Score> ReviewerWork::saveDraft(const Store& store, ReviewFile& review, const QUuid& candidateId,
                                      PipelineStep round, const QString& criterionKey, std::optional<int> rating,
                                      const QString& comment, const QString& evidence)
{
    if (auto allowed = checkMayScore(store, review, candidateId, round); !allowed.ok()) {
        return Result<Score>(allowed.error());
    }
    const auto form = store.assessment().scoringForm(candidateId, round);
    if (!form.ok()) {
        return Result<Score>(form.error());
    }
    if (!form.value().criterion(criterionKey)) {
        return Result<Score>(form.value().checkRating(criterionKey, 0).error());
    }
    if (rating) {
        if (auto valid = form.value().checkRating(criterionKey, *rating); !valid.ok()) {
            return Result<Score>(valid.error());
        }
    }
    const auto existing = review.scores();
    if (!existing.ok()) {
        return Result<Score>(existing.error());
    }
    Score score;
    for (const Score& s : existing.value()) {
        if (s.candidateId == candidateId && s.round == round && s.criterionKey == criterionKey) {
            score = s;
        }
    }
    score.reviewerId = review.identity().reviewerId;
    score.candidateId = candidateId;
    score.round = round;
    score.criterionKey = criterionKey;
    score.profileVersion = form.value().profileVersion;
    score.rating = rating;
    score.comment = comment;
    score.evidence = evidence;
    auto saved = review.saveScore(score);
    if (saved.ok()) {
        emit store.events().reviewFileChanged(candidateId);
    }
    return saved;
}

Result<Score> ReviewerWork::clearRating(const Store& store, ReviewFile& review, const Score& asRead)
{
    if (asRead.reviewerId != review.identity().reviewerId || store.personId() != review.identity().reviewerId) {
        return Result<Score>::failure(ErrorCode::Refused,
                                      tr("A reviewer's scores are theirs alone: only they clear them, in their own "
                                         "review file. The officer clears a consensus instead."));
    }
    if (auto allowed = checkMayScore(store, review, asRead.candidateId, asRead.round); !allowed.ok()) {
        return Result<Score>(allowed.error());
    }
    if (asRead.meta.isNew() || !asRead.rating) {
        return Result<Score>::failure(ErrorCode::NotFound,
                                      tr("\"%1\" is not rated in your form of %2; nothing to clear.")
                                          .arg(asRead.criterionKey, labelOf(asRead.round)));
    }
    if (asRead.isSubmitted()) {
        return Result<Score>::failure(ErrorCode::Refused, tr("You submitted your scores of this candidate in %1; "
                                                             "submitted scores are final and cannot change.")
                                                              .arg(labelOf(asRead.round)));
    }
    Score cleared = asRead;
    cleared.rating.reset();
    // saveScore refuses a submitted form and a score whose row version moved since `asRead`
    // was read, inside the review file's transaction.
    auto saved = review.saveScore(cleared);
    if (saved.ok()) {
        emit store.events().reviewFileChanged(asRead.candidateId);
    }
    return saved;
}

Status ReviewerWork::submit(const Store& store, ReviewFile& review, const QUuid& candidateId, PipelineStep round)
{
    if (auto allowed = checkMayScore(store, review, candidateId, round); !allowed.ok()) {
        return allowed;
    }
    const auto form = store.assessment().scoringForm(candidateId, round);
    if (!form.ok()) {
        return Status(form.error());
    }
    QStringList names;
    for (const FormSection& section : form.value().sections) {
        for (const FormCriterion& c : section.criteria) {
            names.append(c.name);
        }
    }
    auto submitted = review.submit(candidateId, round, form.value().keys(), names);
    if (submitted.ok()) {
        emit store.events().reviewFileChanged(candidateId);
    }
    return submitted;
}

Status ReviewerWork::declareConflict(const Store& store, ReviewFile& review, const QUuid& candidateId,
                                     const QString& reason)
{
    if (auto candidate = store.candidates().byId(candidateId); !candidate.ok()) {
        return Status(candidate.error());
    }
    auto declared = review.declareConflict(candidateId, reason);
    if (declared.ok()) {
        emit store.events().reviewFileChanged(candidateId);
    }
    return declared;
}
