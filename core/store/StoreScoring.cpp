// SPDX-License-Identifier: GPL-3.0-or-later
// Store's side of assessment: the scoring forms, reviewers assigned to candidates, the
// conflicts they declared, the officer's consensus and outcomes, and the Stage 1 pre-check.
// The rules themselves are ReviewRules', ScoringForm's and ScreeningCheck's.
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "Activity.h"
#include "AssessmentRecords.h"
#include "Candidate.h"
#include "CompetenceProfile.h"
#include "Person.h"
#include "Pipeline.h"
#include "ReviewFile.h"
#include "ReviewRules.h"
#include "ReviewerWork.h"
#include "ScoreVisibility.h"
#include "Score.h"
#include "ScoringForm.h"
#include "ScreeningCheck.h"
#include "Workshop.h"
#include "StoreSql.h"
#include "StoreWriteSql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace StoreSql;

namespace {

ReviewerAssignment readAssignment(const QSqlQuery& q)
{
    return {QUuid::fromString(q.value(0).toString()), QUuid::fromString(q.value(1).toString()), q.value(2).toString(),
            toTime(q.value(3)), q.value(4).toString()};
}

ConflictDeclaration readConflict(const QSqlQuery& q)
{
    return {QUuid::fromString(q.value(0).toString()), QUuid::fromString(q.value(1).toString()), q.value(2).toString(),
            toTime(q.value(3))};
}

ConsensusRating readConsensus(const QSqlQuery& q)
{
    ConsensusRating c;
    c.candidateId = QUuid::fromString(q.value(0).toString());
    c.criterionKey = q.value(1).toString();
    c.profileVersion = q.value(2).toInt();
    c.rating = q.value(3).toInt();
    c.comment = q.value(4).toString();
    c.recordedAt = toTime(q.value(5));
    c.recordedBy = q.value(6).toString();
    return c;
}

AssessmentOutcome readOutcome(const QSqlQuery& q)
{
    AssessmentOutcome o;
    o.candidateId = QUuid::fromString(q.value(0).toString());
    o.step = toKey<PipelineStep>(q.value(1), PipelineStep::Selection);
    o.passed = q.value(2).toInt() == 1;
    o.note = q.value(3).toString();
    o.recordedAt = toTime(q.value(4));
    o.recordedBy = q.value(5).toString();
    return o;
}

Status exec(QSqlQuery& q, const QString& what)
{
    return q.exec() ? Status::success() : sqlFailure(q.lastError(), what);
}

}  // namespace

Status Store::setCountedThreshold(int percent)
{
    return write([&](Change& change) -> Status {
        // The profile is read inside the unit of work, so that its version and the audit's
        // before-image are the file's as this change applies to it.
        auto profile = currentProfile();
        if (!profile.ok()) {
            return Status(profile.error());
        }
        CompetenceProfile edited = profile.value();
        edited.countedThresholdPercent = percent;
        if (auto valid = edited.validate().toStatus(); !valid.ok()) {
            return valid;
        }
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        stamp(edited.meta, m_actor);
        q.prepare(QStringLiteral("UPDATE competence_profile SET counted_threshold_percent = :threshold, "
                                 "row_version = :row_version, modified_at = :modified_at, modified_by = :modified_by "
                                 "WHERE id = :id AND row_version = :read_version"));
        bindMeta(q, edited.meta, true);
        q.bindValue(QStringLiteral(":threshold"), percent);
        if (auto done = execSave(q, false, tr("the competence profile")); !done.ok()) {
            return done;
        }
        change.action = QStringLiteral("profile.update");
        change.entity = QStringLiteral("competence_profile");
        change.entityId = idText(edited.meta.id);
        change.before = {{QStringLiteral("counted_threshold_percent"), profile.value().countedThresholdPercent}};
        change.after = {{QStringLiteral("counted_threshold_percent"), percent}};
        return Status::success();
    });
}

Result<QUuid> Store::assessmentWorkshopOf(const QUuid& candidateId) const
{
    auto seat = enrolmentOf(candidateId);
    if (!seat.ok() || !seat.value().isNull()) {
        return seat;
    }
    const auto latest = readAll<QUuid>(
        connection(),
        QStringLiteral("SELECT workshop_id FROM stage_decision WHERE candidate_id = :id AND workshop_id IS NOT NULL "
                       "ORDER BY decided_at DESC, rowid DESC LIMIT 1"),
        {{QStringLiteral(":id"), idText(candidateId)}},
        [](const QSqlQuery& q) { return QUuid::fromString(q.value(0).toString()); },
        tr("Could not read the candidate's decisions."));
    if (!latest.ok()) {
        return Result<QUuid>(latest.error());
    }
    return latest.value().isEmpty() ? QUuid() : latest.value().first();
}

Result<ScoringForm> Store::scoringForm(const QUuid& candidateId) const
{
    using R = Result<ScoringForm>;
    const auto profile = currentProfile();
    if (!profile.ok()) {
        return R(profile.error());
    }
    const auto workshopId = assessmentWorkshopOf(candidateId);
    if (!workshopId.ok()) {
        return R(workshopId.error());
    }
    QString title;
    QList<Criterion> criteria;
    if (!workshopId.value().isNull()) {
        const auto all = workshops();
        if (!all.ok()) {
            return R(all.error());
        }
        for (const Workshop& w : all.value()) {
            title = w.meta.id == workshopId.value() ? w.title : title;
        }
        const auto own = workshopCriteria(workshopId.value());
        if (!own.ok()) {
            return R(own.error());
        }
        criteria = own.value();
    }
    const auto taken = activities();
    if (!taken.ok()) {
        return R(taken.error());
    }
    return ScoringForm::build(candidateId, profile.value(), title, criteria, taken.value());
}

Result<QList<ReviewerAssignment>> Store::assignments(const QUuid& candidateId) const
{
    return readAll<ReviewerAssignment>(
        connection(),
        QStringLiteral("SELECT candidate_id, reviewer_id, conflict_reason, assigned_at, assigned_by "
                       "FROM reviewer_assignment WHERE :all = 1 OR candidate_id = :candidate "
                       "ORDER BY candidate_id, assigned_at"),
        {{QStringLiteral(":all"), candidateId.isNull() ? 1 : 0}, {QStringLiteral(":candidate"), idText(candidateId)}},
        readAssignment, tr("Could not read who reviews whom."));
}

Status Store::assignReviewer(const QUuid& candidateId, const QUuid& reviewerId, const QString& conflictReason)
{
    return write([&](Change& change) -> Status {
        const auto candidate = this->candidate(candidateId);
        const auto everyone = people();
        const auto declared = conflictDeclarations(candidateId);
        const auto current = assignments(candidateId);
        if (!candidate.ok() || !everyone.ok() || !declared.ok() || !current.ok()) {
            return Status::failure(ErrorCode::NotFound, tr("The candidate or the reviewer is no longer in the file."));
        }
        const auto reviewer = std::find_if(everyone.value().cbegin(), everyone.value().cend(),
                                           [&](const Person& p) { return p.meta.id == reviewerId; });
        if (reviewer == everyone.value().cend()) {
            return Status::failure(ErrorCode::NotFound, tr("That reviewer is not recorded in the file."));
        }
        if (auto allowed = ReviewRules::checkAssignment(*reviewer, candidate.value(), declared.value(), conflictReason);
            !allowed.ok()) {
            return allowed;
        }
        for (const ReviewerAssignment& a : current.value()) {
            if (a.reviewerId == reviewerId) {
                return Status::failure(
                    ErrorCode::Refused,
                    tr("%1 already reviews %2.").arg(reviewer->name, candidate.value().displayName()));
            }
        }
        const bool conflict = ReviewRules::sameAdministration(*reviewer, candidate.value());
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("INSERT INTO reviewer_assignment (candidate_id, reviewer_id, conflict_reason, "
                                 "assigned_at, assigned_by) VALUES (:candidate, :reviewer, :reason, :at, :by)"));
        q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
        q.bindValue(QStringLiteral(":reviewer"), idText(reviewerId));
        q.bindValue(QStringLiteral(":reason"), conflict ? conflictReason.trimmed() : QStringLiteral(""));
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        q.bindValue(QStringLiteral(":by"), m_actor.label());
        if (auto done = exec(q, tr("Could not assign the reviewer.")); !done.ok()) {
            return done;
        }
        change.action = QStringLiteral("assignment.create");
        change.entity = QStringLiteral("assignment");
        change.entityId = idText(candidateId) + QLatin1Char('/') + idText(reviewerId);
        change.subjectId = idText(candidateId);
        change.after = {{QStringLiteral("reviewer"), reviewer->name},
                        {QStringLiteral("conflict_reason"), conflict ? conflictReason.trimmed() : QString()}};
        return Status::success();
    });
}

Status Store::unassignReviewer(const QUuid& candidateId, const QUuid& reviewerId)
{
    return write([&](Change& change) -> Status {
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("DELETE FROM reviewer_assignment WHERE candidate_id = :candidate AND "
                                 "reviewer_id = :reviewer"));
        q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
        q.bindValue(QStringLiteral(":reviewer"), idText(reviewerId));
        if (auto done = exec(q, tr("Could not remove the assignment.")); !done.ok()) {
            return done;
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(ErrorCode::NotFound, tr("That reviewer was not assigned to the candidate."));
        }
        change.action = QStringLiteral("assignment.remove");
        change.entity = QStringLiteral("assignment");
        change.entityId = idText(candidateId) + QLatin1Char('/') + idText(reviewerId);
        change.subjectId = idText(candidateId);
        change.before = {{QStringLiteral("reviewer_id"), idText(reviewerId)}};
        return Status::success();
    });
}

Result<QStringList> Store::spreadReviewers(const QUuid& workshopId, int perReviewerLimit, int perCandidate)
{
    if (perReviewerLimit < 1 || perCandidate < 1) {
        return Result<QStringList>::failure(ErrorCode::Invalid,
                                            tr("Give at least 1 candidate per reviewer and 1 reviewer per candidate."));
    }
    QStringList shortfalls;
    const Status status = write([&](Change& change) -> Status {
        const auto cards = pipelineCards(workshopId);
        const auto everyone = people();
        const auto existing = assignments();
        const auto declared = conflictDeclarations();
        if (!cards.ok() || !everyone.ok() || !existing.ok() || !declared.ok()) {
            return Status::failure(ErrorCode::Internal, tr("Could not read the workshop's candidates and reviewers."));
        }
        QList<Candidate> candidates;
        for (const PipelineCard& card : cards.value()) {
            const auto c = candidate(card.candidateId);
            if (!c.ok()) {
                return Status(c.error());
            }
            candidates.append(c.value());
        }
        QList<Person> reviewers;
        std::copy_if(everyone.value().cbegin(), everyone.value().cend(), std::back_inserter(reviewers),
                     [](const Person& p) { return p.role == PersonRole::Reviewer; });
        if (reviewers.isEmpty()) {
            return Status::failure(ErrorCode::Refused,
                                   tr("No reviewer is recorded in the file; record reviewers first."));
        }
        const ReviewRules::Spread spread = ReviewRules::spreadEvenly(candidates, reviewers, existing.value(),
                                                                     declared.value(), perReviewerLimit, perCandidate);
        shortfalls = spread.shortfalls;
        if (spread.added.isEmpty()) {
            change.nothingChanged = true;
            return Status::success();
        }
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("INSERT INTO reviewer_assignment (candidate_id, reviewer_id, conflict_reason, "
                                 "assigned_at, assigned_by) VALUES (:candidate, :reviewer, '', :at, :by)"));
        QJsonArray added;
        for (const ReviewerAssignment& a : spread.added) {
            q.bindValue(QStringLiteral(":candidate"), idText(a.candidateId));
            q.bindValue(QStringLiteral(":reviewer"), idText(a.reviewerId));
            q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
            q.bindValue(QStringLiteral(":by"), m_actor.label());
            if (auto done = exec(q, tr("Could not assign the reviewers.")); !done.ok()) {
                return done;
            }
            added.append(QJsonObject{{QStringLiteral("candidate_id"), idText(a.candidateId)},
                                     {QStringLiteral("reviewer_id"), idText(a.reviewerId)}});
        }
        change.action = QStringLiteral("assignment.spread");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.after = {{QStringLiteral("added"), added},
                        {QStringLiteral("per_reviewer_limit"), perReviewerLimit},
                        {QStringLiteral("per_candidate"), perCandidate}};
        return Status::success();
    });
    if (!status.ok()) {
        return Result<QStringList>(status.error());
    }
    return shortfalls;
}

Result<QList<ConflictDeclaration>> Store::conflictDeclarations(const QUuid& candidateId) const
{
    return readAll<ConflictDeclaration>(
        connection(),
        QStringLiteral("SELECT candidate_id, reviewer_id, reason, declared_at FROM conflict_declaration "
                       "WHERE :all = 1 OR candidate_id = :candidate ORDER BY declared_at"),
        {{QStringLiteral(":all"), candidateId.isNull() ? 1 : 0}, {QStringLiteral(":candidate"), idText(candidateId)}},
        readConflict, tr("Could not read the conflicts of interest."));
}

Result<QList<Score>> Store::visibleScores(const QUuid& candidateId, const QList<Score>& ownScores,
                                          const QList<ConflictDeclaration>& ownConflicts) const
{
    const auto imported = allScores(candidateId);
    if (!imported.ok()) {
        return imported;
    }
    QList<Score> own;
    std::copy_if(ownScores.cbegin(), ownScores.cend(), std::back_inserter(own),
                 [&](const Score& s) { return candidateId.isNull() || s.candidateId == candidateId; });
    const auto visibility = visibilityWith(ownScores, ownConflicts);
    if (!visibility.ok()) {
        return Result<QList<Score>>(visibility.error());
    }
    return visibility.value().scores(ReviewFile::overlay(imported.value(), own));
}

Result<ScoreVisibility> Store::visibilityWith(const QList<Score>& ownScores,
                                              const QList<ConflictDeclaration>& ownConflicts) const
{
    if (m_role != PersonRole::Reviewer) {
        return ScoreVisibility();
    }
    const auto imported = allScores();
    const auto declared = conflictDeclarations();
    if (!imported.ok() || !declared.ok()) {
        return Result<ScoreVisibility>(imported.ok() ? declared.error() : imported.error());
    }
    return ScoreVisibility(m_role, m_personId, ReviewFile::overlay(imported.value(), ownScores),
                           declared.value() + ownConflicts);
}

Result<ScoreVisibility> Store::scoreVisibility() const
{
    if (m_role != PersonRole::Reviewer) {
        return ScoreVisibility();
    }
    // The reviewer's own work not yet imported counts: submitted there, they see the others'
    // scores; a conflict declared there hides them at once.
    QList<Score> own;
    QList<ConflictDeclaration> ownConflicts;
    const QString path = ReviewerWork::defaultReviewPath(m_path, m_actor.person);
    if (QFileInfo::exists(path)) {
        const auto review = ReviewFile::open(path, true);
        const auto id = fileId();
        if (review.ok() && id.ok() && review.value()->identity().reviewerId == m_personId &&
            review.value()->identity().sharedFileId == id.value()) {
            own = review.value()->scores().ok() ? review.value()->scores().value() : QList<Score>();
            ownConflicts =
                review.value()->conflicts().ok() ? review.value()->conflicts().value() : QList<ConflictDeclaration>();
        }
    }
    return visibilityWith(own, ownConflicts);
}

Status Store::recordConsensus(const ConsensusRating& proposed)
{
    if (proposed.comment.size() > kMaxTextLength) {
        return Status::failure(ErrorCode::Invalid, tr("The comment is too long."));
    }
    return write([&](Change& change) -> Status {
        // The form and the consensus so far are read inside the unit of work: the rating is
        // judged against the form as it is now, and the audit's before-image is what this
        // change replaces, even when another process recorded one a moment ago.
        const auto form = scoringForm(proposed.candidateId);
        if (!form.ok()) {
            return Status(form.error());
        }
        if (auto allowed = form.value().checkRating(proposed.criterionKey, proposed.rating); !allowed.ok()) {
            return allowed;
        }
        const auto before = consensus(proposed.candidateId);
        if (!before.ok()) {
            return Status(before.error());
        }
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(
            QStringLiteral("INSERT INTO consensus (candidate_id, criterion_key, profile_version, rating, comment, "
                           "recorded_at, recorded_by) VALUES (:candidate, :criterion, :profile, :rating, "
                           ":comment, :at, :by) ON CONFLICT (candidate_id, criterion_key) DO UPDATE SET "
                           "profile_version = excluded.profile_version, rating = excluded.rating, "
                           "comment = excluded.comment, recorded_at = excluded.recorded_at, "
                           "recorded_by = excluded.recorded_by"));
        q.bindValue(QStringLiteral(":candidate"), idText(proposed.candidateId));
        q.bindValue(QStringLiteral(":criterion"), proposed.criterionKey);
        q.bindValue(QStringLiteral(":profile"), form.value().profileVersion);
        q.bindValue(QStringLiteral(":rating"), proposed.rating);
        q.bindValue(QStringLiteral(":comment"), text(proposed.comment.trimmed()));
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        q.bindValue(QStringLiteral(":by"), m_actor.label());
        if (auto done = exec(q, tr("Could not record the consensus.")); !done.ok()) {
            return done;
        }
        for (const ConsensusRating& c : before.value()) {
            if (c.criterionKey == proposed.criterionKey) {
                change.before = {{QStringLiteral("rating"), c.rating}, {QStringLiteral("comment"), c.comment}};
            }
        }
        change.action = QStringLiteral("consensus.record");
        change.entity = QStringLiteral("consensus");
        change.entityId = idText(proposed.candidateId) + QLatin1Char('/') + proposed.criterionKey;
        change.subjectId = idText(proposed.candidateId);
        change.after = {{QStringLiteral("criterion"), proposed.criterionKey},
                        {QStringLiteral("rating"), proposed.rating},
                        {QStringLiteral("comment"), proposed.comment.trimmed()}};
        return Status::success();
    });
}

Result<QList<ConsensusRating>> Store::consensus(const QUuid& candidateId) const
{
    const auto all = readAll<ConsensusRating>(
        connection(),
        QStringLiteral("SELECT candidate_id, criterion_key, profile_version, rating, comment, recorded_at, recorded_by "
                       "FROM consensus WHERE candidate_id = :candidate ORDER BY criterion_key"),
        {{QStringLiteral(":candidate"), idText(candidateId)}}, readConsensus, tr("Could not read the consensus."));
    if (!all.ok() || m_role != PersonRole::Reviewer) {
        return all;
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<ConsensusRating>>(visibility.error());
    }
    return visibility.value().consensus(all.value());
}

Status Store::recordOutcome(const AssessmentOutcome& outcome)
{
    if (outcome.candidateId.isNull()) {
        return Status::failure(ErrorCode::Invalid, tr("An outcome must name its candidate."));
    }
    return write([&](Change& change) -> Status {
        // Judged inside the unit of work on what the file holds now (Pipeline::checkOutcome).
        const auto who = candidate(outcome.candidateId);
        if (!who.ok()) {
            return Status(who.error());
        }
        OutcomeSituation situation;
        situation.candidateName = who.value().displayName();
        const auto history = decisions(outcome.candidateId);
        const auto seat = enrolmentOf(outcome.candidateId);
        const auto seats = workshopSeats();
        if (!history.ok() || !seat.ok() || !seats.ok()) {
            return Status(!history.ok() ? history.error() : !seat.ok() ? seat.error() : seats.error());
        }
        situation.history = history.value();
        for (const WorkshopSeats& w : seats.value()) {
            if (!seat.value().isNull() && w.id == seat.value()) {
                situation.workshop = w;
            }
        }
        QSqlQuery first(QSqlDatabase::database(connection(), false));
        first.prepare(QStringLiteral("SELECT min(a.start_date) FROM activity_participant p JOIN activity a "
                                     "ON a.id = p.activity_id WHERE p.candidate_id = :id AND "
                                     "p.role = 'stage3_candidate'"));
        first.bindValue(QStringLiteral(":id"), idText(outcome.candidateId));
        if (!first.exec()) {
            return sqlFailure(first.lastError(), tr("Could not read the candidate's activities."));
        }
        situation.firstStage3Start = first.next() ? toDate(first.value(0)) : QDate();
        first.finish();
        if (auto allowed = Pipeline::checkOutcome(outcome, situation, Clock::today()); !allowed.ok()) {
            return allowed;
        }
        // The outcome it replaces, read inside the unit of work, is the audit's before-image.
        const auto before = outcomes(outcome.candidateId);
        if (!before.ok()) {
            return Status(before.error());
        }
        for (const AssessmentOutcome& o : before.value()) {
            if (o.step == outcome.step) {
                change.before = {{QStringLiteral("step"), keyOf(o.step)},
                                 {QStringLiteral("passed"), o.passed},
                                 {QStringLiteral("note"), o.note}};
            }
        }
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("INSERT INTO assessment_outcome (candidate_id, step, passed, note, recorded_at, "
                                 "recorded_by) VALUES (:candidate, :step, :passed, :note, :at, :by) "
                                 "ON CONFLICT (candidate_id, step) DO UPDATE SET passed = excluded.passed, "
                                 "note = excluded.note, recorded_at = excluded.recorded_at, "
                                 "recorded_by = excluded.recorded_by"));
        q.bindValue(QStringLiteral(":candidate"), idText(outcome.candidateId));
        q.bindValue(QStringLiteral(":step"), keyOf(outcome.step));
        q.bindValue(QStringLiteral(":passed"), outcome.passed ? 1 : 0);
        q.bindValue(QStringLiteral(":note"), text(outcome.note.trimmed()));
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        q.bindValue(QStringLiteral(":by"), m_actor.label());
        if (auto done = exec(q, tr("Could not record the outcome.")); !done.ok()) {
            return done;
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(ErrorCode::NotFound, tr("The candidate is no longer in the file."));
        }
        change.action = QStringLiteral("outcome.record");
        change.entity = QStringLiteral("assessment_outcome");
        change.entityId = idText(outcome.candidateId) + QLatin1Char('/') + keyOf(outcome.step);
        change.subjectId = idText(outcome.candidateId);
        change.after = {{QStringLiteral("step"), keyOf(outcome.step)},
                        {QStringLiteral("passed"), outcome.passed},
                        {QStringLiteral("note"), outcome.note.trimmed()}};
        return Status::success();
    });
}

Result<QList<AssessmentOutcome>> Store::outcomes(const QUuid& candidateId) const
{
    return readAll<AssessmentOutcome>(
        connection(),
        QStringLiteral("SELECT candidate_id, step, passed, note, recorded_at, recorded_by FROM assessment_outcome "
                       "WHERE candidate_id = :candidate ORDER BY step"),
        {{QStringLiteral(":candidate"), idText(candidateId)}}, readOutcome, tr("Could not read the outcomes."));
}

Result<ScreeningCheck> Store::screeningCheck(const QUuid& candidateId) const
{
    using R = Result<ScreeningCheck>;
    const auto candidate = this->candidate(candidateId);
    if (!candidate.ok()) {
        return R(candidate.error());
    }
    const auto profile = currentProfile();
    const auto agreed = consensus(candidateId);
    const auto given = scores(candidateId);
    if (!profile.ok() || !agreed.ok() || !given.ok()) {
        return R(!profile.ok() ? profile.error() : !agreed.ok() ? agreed.error() : given.error());
    }
    return ScreeningCheck::run(candidate.value(), profile.value(), agreed.value(), given.value());
}

Status Store::confirmScreening(const QUuid& candidateId, std::optional<bool> hardOverride, const QString& reason)
{
    // Judged inside the unit of work, from the consensus and scores as they are when the
    // screening is recorded, not as they were before another process changed them.
    return writeScreening([&]() -> Result<Screening> {
        const auto check = screeningCheck(candidateId);
        if (!check.ok()) {
            return Result<Screening>(check.error());
        }
        return check.value().confirmation(hardOverride, reason);
    });
}
