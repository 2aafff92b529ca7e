// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's records: the competence profile in force, the scoring forms, who reviews
// whom, the scores as the actor may see them, the officer's consensus and outcomes, the Stage 1
// pre-check, and what a workshop's ranking is made of. The rules themselves are ReviewRules',
// ScoringForm's, ScreeningCheck's and Pipeline's; the statistics, ranking and selection are
// pure code in core/assessment that works on what the reads here return.
#include "store/Assessment.h"

#include "assessment/CandidateDisclosure.h"

#include "Clock.h"
#include "store/Store.h"
#include "store/internal/StepRecordSql.h"
#include "store/Workshops.h"
#include "store/Pool.h"
#include "store/People.h"
#include "store/Decisions.h"
#include "store/Candidates.h"
#include "store/internal/StoreChange.h"

#include "domain/Activity.h"
#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/NameCollation.h"
#include "domain/Person.h"
#include "domain/Pipeline.h"
#include "assessment/Ranking.h"
#include "store/ReviewFile.h"
#include "assessment/ReviewRules.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "store/internal/ScoreSql.h"
#include "assessment/ScoreVisibility.h"
#include "assessment/ScoringForm.h"
#include "domain/Screening.h"
#include "assessment/ScreeningCheck.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"
#include "assessment/SubmittedRating.h"
#include "domain/Workshop.h"
#include "assessment/WorkshopApplicant.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

// The candidates of a workshop's round, as Decisions::cards counts them.
const char* const kApplicantCondition =
    "c.archived_at IS NULL AND (e.workshop_id = :w OR EXISTS (SELECT 1 FROM application ap "
    "WHERE ap.candidate_id = c.id AND ap.workshop_id = :w) OR EXISTS (SELECT 1 FROM stage_decision d "
    "WHERE d.candidate_id = c.id AND d.workshop_id = :w))";

ReviewerAssignment readAssignment(const QSqlQuery& q)
{
    return {QUuid::fromString(q.value(u"candidate_id"_s).toString()),
            QUuid::fromString(q.value(u"reviewer_id"_s).toString()),
            q.value(u"conflict_reason"_s).toString(),
            toTime(q.value(u"assigned_at"_s)),
            q.value(u"assigned_by"_s).toString(),
            toKey<PipelineStep>(q.value(u"round"_s), PipelineStep::Selection)};
}

ConflictDeclaration readConflict(const QSqlQuery& q)
{
    return {QUuid::fromString(q.value(u"candidate_id"_s).toString()),
            QUuid::fromString(q.value(u"reviewer_id"_s).toString()), q.value(u"reason"_s).toString(),
            toTime(q.value(u"declared_at"_s))};
}

ConsensusRating readConsensus(const QSqlQuery& q)
{
    ConsensusRating c;
    c.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    c.criterionKey = q.value(u"criterion_key"_s).toString();
    c.round = toKey<PipelineStep>(q.value(u"round"_s), PipelineStep::Selection);
    c.profileVersion = q.value(u"profile_version"_s).toInt();
    c.rating = q.value(u"rating"_s).toInt();
    c.comment = q.value(u"comment"_s).toString();
    c.recordedAt = toTime(q.value(u"recorded_at"_s));
    c.recordedBy = q.value(u"recorded_by"_s).toString();
    return c;
}

}  // namespace

Assessment::Assessment(Store& store)
    : m_store(store)
{
}

Result<CompetenceProfile> Assessment::currentProfile() const
{
    using R = Result<CompetenceProfile>;
    QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, version, title, adopted_on, counted_threshold_percent, row_version, "
                               "modified_at, modified_by FROM competence_profile ORDER BY version DESC LIMIT 1"))) {
        return R(sqlError(q.lastError(), tr("Could not read the competence profile.")));
    }
    if (!q.next()) {
        return R::failure(ErrorCode::NotFound, tr("The file holds no competence profile."));
    }
    CompetenceProfile p;
    p.meta = readMeta(q);
    p.version = q.value(u"version"_s).toInt();
    p.title = q.value(u"title"_s).toString();
    p.adoptedOn = toDate(q.value(u"adopted_on"_s));
    p.countedThresholdPercent = q.value(u"counted_threshold_percent"_s).toInt();
    q.finish();
    QSqlQuery items(db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT g.key AS group_key, g.name AS group_name, c.key AS criterion_key, "
                                 "c.name AS criterion_name, c.kind AS kind FROM criterion_group g "
                                 "JOIN criterion c ON c.profile_id = g.profile_id AND c.group_key = g.key "
                                 "WHERE g.profile_id = :id ORDER BY g.position, c.position"));
    items.bindValue(QStringLiteral(":id"), idText(p.meta.id));
    if (!items.exec()) {
        return R(sqlError(items.lastError(), tr("Could not read the competence profile.")));
    }
    while (items.next()) {
        const QString groupKey = items.value(u"group_key"_s).toString();
        if (p.groups.isEmpty() || p.groups.last().key != groupKey) {
            p.groups.append({groupKey, items.value(u"group_name"_s).toString(), {}});
        }
        p.groups.last().criteria.append({items.value(u"criterion_key"_s).toString(),
                                         items.value(u"criterion_name"_s).toString(),
                                         toKey<CriterionKind>(items.value(u"kind"_s), CriterionKind::Counted)});
    }
    items.finish();
    const auto scale = readAll<ScaleLevel>(
        m_store.connection(),
        QStringLiteral("SELECT rating, label, descriptor FROM scale_level WHERE profile_id = :id ORDER BY rating"),
        {{QStringLiteral(":id"), idText(p.meta.id)}},
        [](const QSqlQuery& r) {
            return ScaleLevel{r.value(u"rating"_s).toInt(), r.value(u"label"_s).toString(),
                              r.value(u"descriptor"_s).toString()};
        },
        tr("Could not read the competence profile."));
    if (!scale.ok()) {
        return R(scale.error());
    }
    if (!scale.value().isEmpty()) {
        p.scale = scale.value();
    }
    return p;
}

Status Assessment::setCountedThreshold(int percent)
{
    return m_store.write([&](Store::Change& change) -> Status {
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
        QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
        stamp(edited.meta, m_store.actor());
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

Result<QList<Score>> Assessment::scores(const QUuid& candidateId) const
{
    const auto all = allScores(candidateId);
    if (!all.ok() || m_store.role() != PersonRole::Reviewer) {
        return all;
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<Score>>(visibility.error());
    }
    return visibility.value().scores(all.value());
}

Result<QList<Score>> Assessment::allScores(const QUuid& candidateId) const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + ScoreSql::sharedColumns() +
              QStringLiteral(" FROM score WHERE :all = 1 OR candidate_id = :candidate "
                             "ORDER BY candidate_id, criterion_key, reviewer_id"));
    q.bindValue(QStringLiteral(":all"), candidateId.isNull() ? 1 : 0);
    q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
    if (!q.exec()) {
        return Result<QList<Score>>(sqlError(q.lastError(), tr("Could not read the scores.")));
    }
    QList<Score> list;
    while (q.next()) {
        list.append(ScoreSql::readShared(q));
    }
    return list;
}

Result<QUuid> Assessment::workshopOf(const QUuid& candidateId) const
{
    auto seat = m_store.workshops().enrolmentOf(candidateId);
    if (!seat.ok() || !seat.value().isNull()) {
        return seat;
    }
    // Without a seat, the workshop applied to; then the one the latest decision named.
    auto applied = m_store.workshops().applicationOf(candidateId);
    if (!applied.ok() || !applied.value().isNull()) {
        return applied;
    }
    const auto latest = readAll<QUuid>(
        m_store.connection(),
        QStringLiteral("SELECT workshop_id FROM stage_decision WHERE candidate_id = :id AND workshop_id IS NOT NULL "
                       "ORDER BY decided_at DESC, rowid DESC LIMIT 1"),
        {{QStringLiteral(":id"), idText(candidateId)}},
        [](const QSqlQuery& q) { return QUuid::fromString(q.value(u"workshop_id"_s).toString()); },
        tr("Could not read the candidate's decisions."));
    if (!latest.ok()) {
        return Result<QUuid>(latest.error());
    }
    return latest.value().isEmpty() ? QUuid() : latest.value().first();
}

Result<ScoringForm> Assessment::scoringForm(const QUuid& candidateId, PipelineStep round) const
{
    using R = Result<ScoringForm>;
    const auto profile = currentProfile();
    if (!profile.ok()) {
        return R(profile.error());
    }
    const auto workshopId = workshopOf(candidateId);
    if (!workshopId.ok()) {
        return R(workshopId.error());
    }
    QString title;
    QList<Criterion> criteria;
    if (!workshopId.value().isNull()) {
        const auto all = m_store.workshops().all();
        if (!all.ok()) {
            return R(all.error());
        }
        for (const Workshop& w : all.value()) {
            title = w.meta.id == workshopId.value() ? w.title : title;
        }
        const auto own = m_store.workshops().criteria(workshopId.value());
        if (!own.ok()) {
            return R(own.error());
        }
        criteria = own.value();
    }
    const auto taken = m_store.pool().activities();
    if (!taken.ok()) {
        return R(taken.error());
    }
    return ScoringForm::build(candidateId, round, profile.value(), title, criteria, taken.value());
}

Result<QList<ReviewerAssignment>> Assessment::assignments(const QUuid& candidateId) const
{
    return readAll<ReviewerAssignment>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, reviewer_id, round, conflict_reason, assigned_at, assigned_by "
                       "FROM reviewer_assignment WHERE :all = 1 OR candidate_id = :candidate "
                       "ORDER BY candidate_id, assigned_at, round"),
        {{QStringLiteral(":all"), candidateId.isNull() ? 1 : 0}, {QStringLiteral(":candidate"), idText(candidateId)}},
        readAssignment, tr("Could not read who reviews whom."));
}

Status Assessment::assignReviewer(const QUuid& candidateId, const QUuid& reviewerId, const QString& conflictReason,
                                  PipelineStep round)
{
    return m_store.write([&](Store::Change& change) -> Status {
        const auto candidate = m_store.candidates().byId(candidateId);
        const auto everyone = m_store.people().all();
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
            if (a.reviewerId == reviewerId && a.round == round) {
                return Status::failure(ErrorCode::Refused,
                                       tr("%1 already reviews %2 in %3.")
                                           .arg(reviewer->name, candidate.value().displayName(), labelOf(round)));
            }
        }
        const bool conflict = ReviewRules::sameAdministration(*reviewer, candidate.value());
        const auto inserted =
            exec(m_store.connection(),
                 QStringLiteral("INSERT INTO reviewer_assignment (candidate_id, reviewer_id, round, conflict_reason, "
                                "assigned_at, assigned_by) VALUES (:candidate, :reviewer, :round, :reason, :at, :by)"),
                 {{QStringLiteral(":candidate"), idText(candidateId)},
                  {QStringLiteral(":round"), keyOf(round)},
                  {QStringLiteral(":reviewer"), idText(reviewerId)},
                  {QStringLiteral(":reason"), conflict ? conflictReason.trimmed() : QStringLiteral("")},
                  {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                  {QStringLiteral(":by"), m_store.actor().label()}},
                 tr("Could not assign the reviewer."));
        if (!inserted.ok()) {
            return Status(inserted.error());
        }
        change.action = QStringLiteral("assignment.create");
        change.entity = QStringLiteral("assignment");
        change.entityId = idText(candidateId) + QLatin1Char('/') + idText(reviewerId) + QLatin1Char('/') + keyOf(round);
        change.subjectId = idText(candidateId);
        change.after = {{QStringLiteral("reviewer"), reviewer->name},
                        {QStringLiteral("round"), keyOf(round)},
                        {QStringLiteral("conflict_reason"), conflict ? conflictReason.trimmed() : QString()}};
        return Status::success();
    });
}

Status Assessment::unassignReviewer(const QUuid& candidateId, const QUuid& reviewerId, PipelineStep round)
{
    return m_store.write([&](Store::Change& change) -> Status {
        const auto removed = exec(m_store.connection(),
                                  QStringLiteral("DELETE FROM reviewer_assignment WHERE candidate_id = :candidate AND "
                                                 "reviewer_id = :reviewer AND round = :round"),
                                  {{QStringLiteral(":candidate"), idText(candidateId)},
                                   {QStringLiteral(":reviewer"), idText(reviewerId)},
                                   {QStringLiteral(":round"), keyOf(round)}},
                                  tr("Could not remove the assignment."));
        if (!removed.ok()) {
            return Status(removed.error());
        }
        if (removed.value().numRowsAffected() != 1) {
            return Status::failure(ErrorCode::NotFound,
                                   tr("That reviewer was not assigned to the candidate in %1.").arg(labelOf(round)));
        }
        change.action = QStringLiteral("assignment.remove");
        change.entity = QStringLiteral("assignment");
        change.entityId = idText(candidateId) + QLatin1Char('/') + idText(reviewerId) + QLatin1Char('/') + keyOf(round);
        change.subjectId = idText(candidateId);
        change.before = {{QStringLiteral("reviewer_id"), idText(reviewerId)}, {QStringLiteral("round"), keyOf(round)}};
        return Status::success();
    });
}

Result<QStringList> Assessment::spreadReviewers(const QUuid& workshopId, int perReviewerLimit, int perCandidate,
                                                PipelineStep round)
{
    if (perReviewerLimit < 1 || perCandidate < 1) {
        return Result<QStringList>::failure(ErrorCode::Invalid,
                                            tr("Give at least 1 candidate per reviewer and 1 reviewer per candidate."));
    }
    QStringList shortfalls;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        const auto cards = m_store.decisions().cards(workshopId);
        const auto everyone = m_store.people().all();
        auto existing = assignments();
        const auto declared = conflictDeclarations();
        if (!cards.ok() || !everyone.ok() || !existing.ok() || !declared.ok()) {
            return Status::failure(ErrorCode::Internal, tr("Could not read the workshop's candidates and reviewers."));
        }
        QList<Candidate> candidates;
        for (const PipelineCard& card : cards.value()) {
            const auto c = m_store.candidates().byId(card.candidateId);
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
        // Each round is spread on its own: another round's assignments neither count nor block.
        QList<ReviewerAssignment> inRound;
        std::copy_if(existing.value().cbegin(), existing.value().cend(), std::back_inserter(inRound),
                     [&](const ReviewerAssignment& a) { return a.round == round; });
        const ReviewRules::Spread spread =
            ReviewRules::spreadEvenly(candidates, reviewers, inRound, declared.value(), perReviewerLimit, perCandidate);
        shortfalls = spread.shortfalls;
        if (spread.added.isEmpty()) {
            change.nothingChanged = true;
            return Status::success();
        }
        QJsonArray added;
        for (const ReviewerAssignment& a : spread.added) {
            const auto inserted =
                exec(m_store.connection(),
                     QStringLiteral("INSERT INTO reviewer_assignment (candidate_id, reviewer_id, round, "
                                    "conflict_reason, assigned_at, assigned_by) VALUES (:candidate, :reviewer, "
                                    ":round, '', :at, :by)"),
                     {{QStringLiteral(":candidate"), idText(a.candidateId)},
                      {QStringLiteral(":round"), keyOf(round)},
                      {QStringLiteral(":reviewer"), idText(a.reviewerId)},
                      {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                      {QStringLiteral(":by"), m_store.actor().label()}},
                     tr("Could not assign the reviewers."));
            if (!inserted.ok()) {
                return Status(inserted.error());
            }
            added.append(QJsonObject{{QStringLiteral("candidate_id"), idText(a.candidateId)},
                                     {QStringLiteral("reviewer_id"), idText(a.reviewerId)}});
        }
        change.action = QStringLiteral("assignment.spread");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.after = {{QStringLiteral("added"), added},
                        {QStringLiteral("round"), keyOf(round)},
                        {QStringLiteral("per_reviewer_limit"), perReviewerLimit},
                        {QStringLiteral("per_candidate"), perCandidate}};
        return Status::success();
    });
    if (!status.ok()) {
        return Result<QStringList>(status.error());
    }
    return shortfalls;
}

Result<QList<ConflictDeclaration>> Assessment::conflictDeclarations(const QUuid& candidateId) const
{
    return readAll<ConflictDeclaration>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, reviewer_id, reason, declared_at FROM conflict_declaration "
                       "WHERE :all = 1 OR candidate_id = :candidate ORDER BY declared_at"),
        {{QStringLiteral(":all"), candidateId.isNull() ? 1 : 0}, {QStringLiteral(":candidate"), idText(candidateId)}},
        readConflict, tr("Could not read the conflicts of interest."));
}

Result<QList<Score>> Assessment::visibleScores(const QUuid& candidateId, const QList<Score>& ownScores,
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

Result<ScoreVisibility> Assessment::visibilityWith(const QList<Score>& ownScores,
                                                   const QList<ConflictDeclaration>& ownConflicts) const
{
    if (m_store.role() != PersonRole::Reviewer) {
        return ScoreVisibility();
    }
    const auto imported = allScores();
    const auto declared = conflictDeclarations();
    if (!imported.ok() || !declared.ok()) {
        return Result<ScoreVisibility>(imported.ok() ? declared.error() : imported.error());
    }
    return ScoreVisibility(m_store.role(), m_store.personId(), ReviewFile::overlay(imported.value(), ownScores),
                           declared.value() + ownConflicts);
}

Result<ScoreVisibility> Assessment::scoreVisibility() const
{
    if (m_store.role() != PersonRole::Reviewer) {
        return ScoreVisibility();
    }
    // The reviewer's own work not yet imported counts: submitted there, they see the others'
    // scores; a conflict declared there hides them at once.
    QList<Score> own;
    QList<ConflictDeclaration> ownConflicts;
    const QString path = ReviewerWork::defaultReviewPath(m_store.path(), m_store.actor().person);
    if (QFileInfo::exists(path)) {
        const auto review = ReviewFile::open(path, true);
        const auto id = m_store.fileId();
        if (review.ok() && id.ok() && review.value()->identity().reviewerId == m_store.personId() &&
            review.value()->identity().sharedFileId == id.value()) {
            own = review.value()->scores().ok() ? review.value()->scores().value() : QList<Score>();
            ownConflicts =
                review.value()->conflicts().ok() ? review.value()->conflicts().value() : QList<ConflictDeclaration>();
        }
    }
    return visibilityWith(own, ownConflicts);
}

Status Assessment::recordConsensus(const ConsensusRating& proposed)
{
    return recordConsensusWith(proposed, std::nullopt);
}

Status Assessment::recordConsensusAsRead(const ConsensusRating& proposed, const QDateTime& readRecordedAt)
{
    return recordConsensusWith(proposed, readRecordedAt);
}

Status Assessment::recordConsensusWith(const ConsensusRating& proposed, const std::optional<QDateTime>& readRecordedAt)
{
    if (proposed.comment.size() > kMaxTextLength) {
        return Status::failure(ErrorCode::Invalid, tr("The comment is too long."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        // The form and the consensus so far are read inside the unit of work: the rating is
        // judged against the form as it is now, and the audit's before-image is what this
        // change replaces, even when another process recorded one a moment ago.
        const auto form = scoringForm(proposed.candidateId, proposed.round);
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
        if (readRecordedAt) {
            // What the form showed is checked here, inside the unit: a consensus another
            // window or process recorded or cleared since is not overwritten unseen.
            std::optional<ConsensusRating> held;
            for (const ConsensusRating& c : before.value()) {
                if (c.criterionKey == proposed.criterionKey && c.round == proposed.round) {
                    held = c;
                }
            }
            if ((held ? held->recordedAt : QDateTime()) != *readRecordedAt) {
                const auto candidate = m_store.candidates().byIdIn(proposed.candidateId, proposed.round);
                const QString name = candidate.ok() ? candidate.value().displayName()
                                                    : proposed.candidateId.toString(QUuid::WithoutBraces);
                return Status::failure(
                    ErrorCode::Conflict,
                    held ? tr("The consensus on %1, \"%2\" was recorded by %3 after you opened the form; nothing "
                              "was saved: reload the form to see it and enter your rating again if you still mean to.")
                               .arg(name, proposed.criterionKey, held->recordedBy)
                         : tr("The consensus on %1, \"%2\" was cleared after you opened the form; nothing was "
                              "saved: reload the form to see it and enter your rating again if you still mean to.")
                               .arg(name, proposed.criterionKey));
            }
        }
        const auto recorded =
            exec(m_store.connection(),
                 QStringLiteral("INSERT INTO consensus (candidate_id, round, criterion_key, profile_version, rating, "
                                "comment, recorded_at, recorded_by) VALUES (:candidate, :round, :criterion, :profile, "
                                ":rating, :comment, :at, :by) ON CONFLICT (candidate_id, round, criterion_key) "
                                "DO UPDATE SET "
                                "profile_version = excluded.profile_version, rating = excluded.rating, "
                                "comment = excluded.comment, recorded_at = excluded.recorded_at, "
                                "recorded_by = excluded.recorded_by"),
                 {{QStringLiteral(":candidate"), idText(proposed.candidateId)},
                  {QStringLiteral(":round"), keyOf(proposed.round)},
                  {QStringLiteral(":criterion"), proposed.criterionKey},
                  {QStringLiteral(":profile"), form.value().profileVersion},
                  {QStringLiteral(":rating"), proposed.rating},
                  {QStringLiteral(":comment"), text(proposed.comment.trimmed())},
                  {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                  {QStringLiteral(":by"), m_store.actor().label()}},
                 tr("Could not record the consensus."));
        if (!recorded.ok()) {
            return Status(recorded.error());
        }
        for (const ConsensusRating& c : before.value()) {
            if (c.criterionKey == proposed.criterionKey && c.round == proposed.round) {
                change.before = {{QStringLiteral("rating"), c.rating}, {QStringLiteral("comment"), c.comment}};
            }
        }
        change.action = QStringLiteral("consensus.record");
        change.entity = QStringLiteral("consensus");
        // The criterion stays second, where the audit's sentences read it; the round is third.
        change.entityId = idText(proposed.candidateId) + QLatin1Char('/') + proposed.criterionKey + QLatin1Char('/') +
                          keyOf(proposed.round);
        change.subjectId = idText(proposed.candidateId);
        change.after = {{QStringLiteral("round"), keyOf(proposed.round)},
                        {QStringLiteral("criterion"), proposed.criterionKey},
                        {QStringLiteral("rating"), proposed.rating},
                        {QStringLiteral("comment"), proposed.comment.trimmed()}};
        return Status::success();
    });
}

Status Assessment::clearConsensus(const ConsensusRating& asRead)
{
    return m_store.write([&](Store::Change& change) -> Status {
        // What is removed is read inside the unit of work: a consensus recorded again by
        // another window or process since `asRead` was read is not removed unseen.
        const auto held = consensus(asRead.candidateId);
        if (!held.ok()) {
            return Status(held.error());
        }
        std::optional<ConsensusRating> current;
        for (const ConsensusRating& c : held.value()) {
            if (c.round == asRead.round && c.criterionKey == asRead.criterionKey) {
                current = c;
            }
        }
        if (!current) {
            return Status::failure(ErrorCode::NotFound,
                                   tr("No consensus on \"%1\" is recorded for this candidate in %2; nothing to clear.")
                                       .arg(asRead.criterionKey, labelOf(asRead.round)));
        }
        if (current->recordedAt != asRead.recordedAt) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("The consensus on \"%1\" was recorded again (by %2) after you read it; "
                                      "nothing was cleared. Reload it and clear it again if you still mean to.")
                                       .arg(asRead.criterionKey, current->recordedBy));
        }
        const auto removed = exec(m_store.connection(),
                                  QStringLiteral("DELETE FROM consensus WHERE candidate_id = :candidate AND round = "
                                                 ":round AND criterion_key = :criterion AND recorded_at = :at"),
                                  {{QStringLiteral(":candidate"), idText(asRead.candidateId)},
                                   {QStringLiteral(":round"), keyOf(asRead.round)},
                                   {QStringLiteral(":criterion"), asRead.criterionKey},
                                   {QStringLiteral(":at"), timeText(current->recordedAt)}},
                                  tr("Could not clear the consensus."));
        if (!removed.ok()) {
            return Status(removed.error());
        }
        if (removed.value().numRowsAffected() != 1) {
            return Status::failure(ErrorCode::Conflict, tr("The consensus changed while it was being cleared; "
                                                           "nothing was cleared. Reload it and try again."));
        }
        change.action = QStringLiteral("consensus.clear");
        change.entity = QStringLiteral("consensus");
        // As consensus.record: the criterion second, the round third.
        change.entityId = idText(asRead.candidateId) + QLatin1Char('/') + asRead.criterionKey + QLatin1Char('/') +
                          keyOf(asRead.round);
        change.subjectId = idText(asRead.candidateId);
        change.before = {{QStringLiteral("round"), keyOf(asRead.round)},
                         {QStringLiteral("criterion"), asRead.criterionKey},
                         {QStringLiteral("rating"), current->rating},
                         {QStringLiteral("comment"), current->comment}};
        return Status::success();
    });
}

Result<QList<ConsensusRating>> Assessment::consensus(const QUuid& candidateId) const
{
    const auto all = readAll<ConsensusRating>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, round, criterion_key, profile_version, rating, comment, recorded_at, "
                       "recorded_by FROM consensus WHERE candidate_id = :candidate ORDER BY round, criterion_key"),
        {{QStringLiteral(":candidate"), idText(candidateId)}}, readConsensus, tr("Could not read the consensus."));
    if (!all.ok() || m_store.role() != PersonRole::Reviewer) {
        return all;
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<ConsensusRating>>(visibility.error());
    }
    return visibility.value().consensus(all.value());
}

Status Assessment::recordOutcome(const AssessmentOutcome& outcome)
{
    if (outcome.candidateId.isNull()) {
        return Status::failure(ErrorCode::Invalid, tr("An outcome must name its candidate."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        // Judged inside the unit of work on what the file holds now (Pipeline::checkOutcome).
        const auto who = m_store.candidates().byId(outcome.candidateId);
        if (!who.ok()) {
            return Status(who.error());
        }
        OutcomeSituation situation;
        situation.candidateName = who.value().displayName();
        const auto history = m_store.decisions().of(outcome.candidateId);
        const auto seat = m_store.workshops().enrolmentOf(outcome.candidateId);
        const auto seats = m_store.workshops().seats();
        if (!history.ok() || !seat.ok() || !seats.ok()) {
            return Status(!history.ok() ? history.error() : !seat.ok() ? seat.error() : seats.error());
        }
        situation.history = history.value();
        for (const WorkshopSeats& w : seats.value()) {
            if (!seat.value().isNull() && w.id == seat.value()) {
                situation.workshop = w;
            }
        }
        QSqlQuery first(QSqlDatabase::database(m_store.connection(), false));
        first.prepare(
            QStringLiteral("SELECT min(a.start_date) AS first_start FROM activity_participant p JOIN activity a "
                           "ON a.id = p.activity_id WHERE p.candidate_id = :id AND "
                           "p.role = 'stage3_candidate'"));
        first.bindValue(QStringLiteral(":id"), idText(outcome.candidateId));
        if (!first.exec()) {
            return sqlFailure(first.lastError(), tr("Could not read the candidate's activities."));
        }
        situation.firstStage3Start = first.next() ? toDate(first.value(u"first_start"_s)) : QDate();
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
        const auto recorded =
            exec(m_store.connection(),
                 QStringLiteral("INSERT INTO assessment_outcome (candidate_id, step, passed, note, recorded_at, "
                                "recorded_by) VALUES (:candidate, :step, :passed, :note, :at, :by) "
                                "ON CONFLICT (candidate_id, step) DO UPDATE SET passed = excluded.passed, "
                                "note = excluded.note, recorded_at = excluded.recorded_at, "
                                "recorded_by = excluded.recorded_by"),
                 {{QStringLiteral(":candidate"), idText(outcome.candidateId)},
                  {QStringLiteral(":step"), keyOf(outcome.step)},
                  {QStringLiteral(":passed"), outcome.passed ? 1 : 0},
                  {QStringLiteral(":note"), text(outcome.note.trimmed())},
                  {QStringLiteral(":at"), timeText(Clock::nowUtc())},
                  {QStringLiteral(":by"), m_store.actor().label()}},
                 tr("Could not record the outcome."));
        if (!recorded.ok()) {
            return Status(recorded.error());
        }
        if (recorded.value().numRowsAffected() != 1) {
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

Result<QList<AssessmentOutcome>> Assessment::outcomes(const QUuid& candidateId) const
{
    return readAll<AssessmentOutcome>(
        m_store.connection(),
        QStringLiteral("SELECT candidate_id, step, passed, note, recorded_at, recorded_by FROM assessment_outcome "
                       "WHERE candidate_id = :candidate ORDER BY step"),
        {{QStringLiteral(":candidate"), idText(candidateId)}}, StepRecordSql::readOutcome,
        tr("Could not read the outcomes."));
}

Result<ScreeningCheck> Assessment::screeningCheck(const QUuid& candidateId) const
{
    using R = Result<ScreeningCheck>;
    const auto candidate = m_store.candidates().byId(candidateId);
    if (!candidate.ok()) {
        return R(candidate.error());
    }
    const auto profile = currentProfile();
    const auto agreed = consensus(candidateId);
    const auto given = scores(candidateId);
    if (!profile.ok() || !agreed.ok() || !given.ok()) {
        return R(!profile.ok() ? profile.error() : !agreed.ok() ? agreed.error() : given.error());
    }
    // The pre-check is of Stage 1: the ratings and consensus of the workshop or an activity
    // are about later steps and never decide the selection.
    QList<ConsensusRating> stage1Agreed;
    std::copy_if(agreed.value().cbegin(), agreed.value().cend(), std::back_inserter(stage1Agreed),
                 [](const ConsensusRating& c) { return c.round == PipelineStep::Selection; });
    QList<Score> stage1Given;
    std::copy_if(given.value().cbegin(), given.value().cend(), std::back_inserter(stage1Given),
                 [](const Score& s) { return s.round == PipelineStep::Selection; });
    return ScreeningCheck::run(candidate.value(), profile.value(), stage1Agreed, stage1Given);
}

Status Assessment::confirmScreening(const QUuid& candidateId, std::optional<bool> hardOverride, const QString& reason)
{
    // Judged inside the unit of work, from the consensus and scores as they are when the
    // screening is recorded, not as they were before another process changed them.
    return m_store.writeScreening([&]() -> Result<Screening> {
        const auto check = screeningCheck(candidateId);
        if (!check.ok()) {
            return Result<Screening>(check.error());
        }
        return check.value().confirmation(hardOverride, reason);
    });
}

Result<QList<WorkshopApplicant>> Assessment::applicants(const QUuid& workshopId) const
{
    QHash<QUuid, QString> sortTexts;
    auto rows = readAll<WorkshopApplicant>(
        m_store.connection(),
        QStringLiteral("SELECT c.id AS id, c.family_name AS family_name, c.given_names AS given_names, "
                       "c.administration AS administration, c.gender AS gender, c.region AS region, "
                       "c.stage AS stage, e.workshop_id = :w AS holds_seat FROM candidate c LEFT JOIN enrolment e ON "
                       "e.candidate_id = c.id WHERE ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" ORDER BY c.family_name, c.given_names, c.id"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [&sortTexts](const QSqlQuery& q) {
            WorkshopApplicant a;
            a.candidateId = QUuid::fromString(q.value(u"id"_s).toString());
            const QString family = q.value(u"family_name"_s).toString();
            sortTexts.insert(a.candidateId, NameCollation::personText(family, q.value(u"given_names"_s).toString()));
            const QString given = q.value(u"given_names"_s).toString().trimmed();
            a.name = given.isEmpty() ? family : QString(family + QStringLiteral(", ") + given);
            a.administration = q.value(u"administration"_s).toString();
            a.gender = toKey<Gender>(q.value(u"gender"_s), Gender::Undisclosed);
            a.region = toKey<Region>(q.value(u"region"_s));
            a.stage = toKey<Stage>(q.value(u"stage"_s), Stage::Applied);
            a.holdsSeat = q.value(u"holds_seat"_s).toInt() == 1;
            return a;
        },
        tr("Could not read the workshop's applicants."));
    if (!rows.ok()) {
        return rows;
    }
    // A reviewer's ranking, selection, grid and reports hold the candidates they see, under
    // their code in an anonymised round (CandidateDisclosure), sorted by what they see.
    const auto disclosure = m_store.candidates().disclosure();
    if (!disclosure.ok()) {
        return Result<QList<WorkshopApplicant>>(disclosure.error());
    }
    if (!disclosure.value().seesEverything()) {
        rows.value().removeIf([&](const WorkshopApplicant& a) { return !disclosure.value().sees(a.candidateId); });
        for (WorkshopApplicant& a : rows.value()) {
            if (disclosure.value().anonymisesAt(a.stage)) {
                a.name = CandidateDisclosure::codeOf(a.candidateId);
                a.administration.clear();
                sortTexts.insert(a.candidateId, a.name);
            }
        }
    }
    NameCollation().sort(rows.value(), [&](const WorkshopApplicant& a) { return sortTexts.value(a.candidateId); });
    // The same test as the pipeline's move to "selected" (Pipeline::checkMove): the
    // selection helper proposes only those who may be selected without an override.
    const auto profile = currentProfile();
    if (!profile.ok()) {
        return Result<QList<WorkshopApplicant>>(profile.error());
    }
    const int threshold = profile.value().countedThresholdPercent;
    QList<WorkshopApplicant> list = rows.value();
    for (WorkshopApplicant& a : list) {
        if (a.stage != Stage::Applied && a.stage != Stage::Waitlisted) {
            continue;  // decided already: the decision stands, with its override if any
        }
        const auto screened = m_store.decisions().screening(a.candidateId);
        if (!screened.ok()) {
            return Result<QList<WorkshopApplicant>>(screened.error());
        }
        if (!screened.value()) {
            a.screeningPassed = false;
            a.screeningNote = tr("no Stage 1 screening is recorded");
        } else if (!screened.value()->qualifies(threshold)) {
            a.screeningPassed = false;
            a.screeningNote = tr("screening not passed (%1)").arg(screened.value()->explanation(threshold));
        }
    }
    return list;
}

Result<QList<SubmittedRating>> Assessment::ratings(const QUuid& workshopId, PipelineStep round) const
{
    // The kind comes from the profile version the score names: a later profile may have
    // moved a criterion, and past assessments keep the version they were made with.
    const auto all = readAll<SubmittedRating>(
        m_store.connection(),
        QStringLiteral("SELECT s.candidate_id AS candidate_id, s.reviewer_id AS reviewer_id, p.name AS reviewer_name, "
                       "s.criterion_key AS criterion_key, cr.kind AS kind, s.rating AS rating "
                       "FROM score s JOIN candidate c ON c.id = s.candidate_id "
                       "LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "LEFT JOIN person p ON p.id = s.reviewer_id "
                       "LEFT JOIN competence_profile cp ON cp.version = s.profile_version "
                       "LEFT JOIN criterion cr ON cr.profile_id = cp.id AND cr.key = s.criterion_key "
                       "WHERE s.submitted_at IS NOT NULL AND s.rating IS NOT NULL AND s.round = :round AND ") +
            QLatin1String(kApplicantCondition) +
            QStringLiteral(" ORDER BY s.candidate_id, s.criterion_key, s.reviewer_id"),
        {{QStringLiteral(":w"), idText(workshopId)}, {QStringLiteral(":round"), keyOf(round)}},
        [round](const QSqlQuery& q) {
            SubmittedRating r;
            r.round = round;
            r.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
            r.reviewerId = QUuid::fromString(q.value(u"reviewer_id"_s).toString());
            r.reviewerName = q.value(u"reviewer_name"_s).toString();
            r.criterionKey = q.value(u"criterion_key"_s).toString();
            r.kind = toKey<CriterionKind>(q.value(u"kind"_s));
            r.rating = q.value(u"rating"_s).toInt();
            return r;
        },
        tr("Could not read the workshop's scores."));
    if (!all.ok()) {
        return all;
    }
    // The statistics, agreement, ranking and selection are made of these: a reviewer's
    // blindness holds there too.
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return Result<QList<SubmittedRating>>(visibility.error());
    }
    return visibility.value().ratings(all.value());
}

Result<QList<CriterionValue>> Assessment::criterionValues(const QUuid& workshopId) const
{
    using R = Result<QList<CriterionValue>>;
    const auto submitted = ratings(workshopId, PipelineStep::Selection);
    if (!submitted.ok()) {
        return R(submitted.error());
    }
    // Only a consensus on a criterion of the profile it names has a kind: one on a
    // workshop's own criterion or an activity appraisal is left out, as their ratings are.
    const auto recorded = readAll<CriterionValue>(
        m_store.connection(),
        QStringLiteral("SELECT s.candidate_id AS candidate_id, s.criterion_key AS criterion_key, cr.kind AS kind, "
                       "s.rating AS rating "
                       "FROM consensus s JOIN candidate c ON c.id = s.candidate_id "
                       "LEFT JOIN enrolment e ON e.candidate_id = c.id "
                       "JOIN competence_profile cp ON cp.version = s.profile_version "
                       "JOIN criterion cr ON cr.profile_id = cp.id AND cr.key = s.criterion_key "
                       "WHERE s.round = 'selection' AND ") +
            QLatin1String(kApplicantCondition) + QStringLiteral(" ORDER BY s.candidate_id, s.criterion_key"),
        {{QStringLiteral(":w"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            CriterionValue v;
            v.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
            v.criterionKey = q.value(u"criterion_key"_s).toString();
            v.kind = toKey<CriterionKind>(q.value(u"kind"_s), CriterionKind::Hard);
            v.value = q.value(u"rating"_s).toInt();
            return v;
        },
        tr("Could not read the workshop's consensus."));
    if (!recorded.ok()) {
        return R(recorded.error());
    }
    const auto visibility = scoreVisibility();
    if (!visibility.ok()) {
        return R(visibility.error());
    }
    QList<CriterionValue> agreed;
    for (const CriterionValue& v : recorded.value()) {
        if (visibility.value().seesOthersOf(v.candidateId, PipelineStep::Selection)) {
            agreed.append(v);
        }
    }
    return Ranking::consensusOrMean(submitted.value(), agreed);
}
