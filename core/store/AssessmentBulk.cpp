// SPDX-License-Identifier: GPL-3.0-or-later
// The officer's consensus entered in bulk (scores-import --consensus, the scores grid).

#include "store/Assessment.h"

#include "Clock.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/ScoreEntry.h"
#include "assessment/ScoringForm.h"
#include "domain/Candidate.h"
#include "domain/RecordMeta.h"
#include "review/BulkScores.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace StoreSql;

ScoreBatchReport Assessment::recordConsensusBatch(const QList<ScoreEntry>& entries, const QUuid& workshopId,
                                                  PipelineStep round)
{
    ScoreBatchReport report;
    report.status = m_store.write([&](Store::Change& change) -> Status {
        // Every entry is judged inside the unit of work, against the file as it is now: a
        // candidate moved, a criterion removed or a form changed since the sheet was made is
        // found here, and one refused entry records nothing.
        report.problems = BulkScores::check(m_store, entries, workshopId, round);
        if (!report.problems.isEmpty()) {
            return Status::failure(ErrorCode::Invalid, tr("%n row(s) refused; no consensus was recorded.", nullptr,
                                                          int(report.problems.size())));
        }
        QHash<QUuid, QList<ConsensusRating>> recorded;
        QHash<QUuid, int> profileVersions;
        QJsonObject before;
        QJsonObject after;
        QSet<QUuid> candidates;
        const QString at = timeText(Clock::nowUtc());
        for (const ScoreEntry& entry : entries) {
            if (!recorded.contains(entry.candidateId)) {
                const auto held = consensus(entry.candidateId);
                const auto form = scoringForm(entry.candidateId, round);
                if (!held.ok() || !form.ok()) {
                    return Status(held.ok() ? form.error() : held.error());
                }
                recorded.insert(entry.candidateId, held.value());
                profileVersions.insert(entry.candidateId, form.value().profileVersion);
            }
            const QString cell =
                idText(entry.candidateId) + QLatin1Char('/') + keyOf(round) + QLatin1Char('/') + entry.criterionKey;
            std::optional<ConsensusRating> existing;
            for (const ConsensusRating& c : recorded.value(entry.candidateId)) {
                existing = c.round == round && c.criterionKey == entry.criterionKey ? std::optional<ConsensusRating>(c)
                                                                                    : existing;
            }
            if (entry.clear) {
                if (!existing) {
                    ++report.unchanged;  // nothing recorded to clear
                    continue;
                }
                if (existing->recordedAt != entry.readRecordedAt) {
                    report.problems.append(
                        {entry.row, entry.ratingField,
                         tr("The consensus on \"%1\" was recorded again (by %2) after it was read; reload and clear "
                            "it again if you still mean to.")
                             .arg(entry.criterionKey, existing->recordedBy)});
                    return Status::failure(ErrorCode::Conflict,
                                           tr("%n row(s) refused; no consensus was recorded.", nullptr, 1));
                }
                const auto removed =
                    exec(m_store.connection(),
                         QStringLiteral("DELETE FROM consensus WHERE candidate_id = :candidate AND round = :round AND "
                                        "criterion_key = :criterion"),
                         {{QStringLiteral(":candidate"), idText(entry.candidateId)},
                          {QStringLiteral(":round"), keyOf(round)},
                          {QStringLiteral(":criterion"), entry.criterionKey}},
                         tr("Could not clear the consensus."));
                if (!removed.ok()) {
                    return Status(removed.error());
                }
                before.insert(cell, QJsonObject{{QStringLiteral("rating"), existing->rating},
                                                {QStringLiteral("comment"), existing->comment}});
                after.insert(cell, QJsonValue(QJsonValue::Null));
                candidates.insert(entry.candidateId);
                ++report.changed;
                continue;
            }
            if (entry.asRead && (existing ? existing->recordedAt : QDateTime()) != entry.readRecordedAt) {
                // Typed over what the grid read: another window or process recorded (or
                // cleared) this cell since; it is not overwritten unseen.
                const auto candidate = m_store.candidates().byIdIn(entry.candidateId, round);
                const QString name =
                    candidate.ok() ? candidate.value().displayName() : entry.candidateId.toString(QUuid::WithoutBraces);
                report.problems.append(
                    {entry.row, entry.ratingField,
                     existing ? tr("The consensus on %1, \"%2\" was recorded by %3 after it was read; reload the grid "
                                   "(Undo Typing) to see it and type your rating again if you "
                                   "still mean to.")
                                    .arg(name, entry.criterionKey, existing->recordedBy)
                              : tr("The consensus on %1, \"%2\" was cleared after it was read; reload the grid "
                                   "(Undo Typing) to see it and type your rating again if you still mean to.")
                                    .arg(name, entry.criterionKey)});
                return Status::failure(ErrorCode::Conflict,
                                       tr("%n row(s) refused; no consensus was recorded.", nullptr, 1));
            }
            const QString comment =
                entry.comment ? entry.comment->trimmed() : (existing ? existing->comment : QString());
            if (existing && existing->rating == entry.rating && existing->comment == comment) {
                ++report.unchanged;
                continue;
            }
            const auto written =
                exec(m_store.connection(),
                     QStringLiteral("INSERT INTO consensus (candidate_id, round, criterion_key, profile_version, "
                                    "rating, comment, recorded_at, recorded_by) VALUES (:candidate, :round, "
                                    ":criterion, :profile, :rating, :comment, :at, :by) ON CONFLICT (candidate_id, "
                                    "round, criterion_key) DO "
                                    "UPDATE SET profile_version = excluded.profile_version, rating = "
                                    "excluded.rating, comment = excluded.comment, recorded_at = "
                                    "excluded.recorded_at, recorded_by = excluded.recorded_by"),
                     {{QStringLiteral(":candidate"), idText(entry.candidateId)},
                      {QStringLiteral(":round"), keyOf(round)},
                      {QStringLiteral(":criterion"), entry.criterionKey},
                      {QStringLiteral(":profile"), profileVersions.value(entry.candidateId)},
                      {QStringLiteral(":rating"), entry.rating},
                      {QStringLiteral(":comment"), text(comment)},
                      {QStringLiteral(":at"), at},
                      {QStringLiteral(":by"), m_store.actor().label()}},
                     tr("Could not record the consensus."));
            if (!written.ok()) {
                return Status(written.error());
            }
            if (existing) {
                before.insert(cell, QJsonObject{{QStringLiteral("rating"), existing->rating},
                                                {QStringLiteral("comment"), existing->comment}});
            }
            after.insert(cell,
                         QJsonObject{{QStringLiteral("rating"), entry.rating}, {QStringLiteral("comment"), comment}});
            candidates.insert(entry.candidateId);
            ++report.changed;
        }
        if (report.changed == 0) {
            change.nothingChanged = true;
            return Status::success();
        }
        change.action = QStringLiteral("consensus.import");
        change.entity = QStringLiteral("consensus");
        change.entityId = workshopId.isNull() ? QStringLiteral("file") : idText(workshopId);
        // One candidate's batch is in their history; a reviewer blind to a candidate sees
        // that it was recorded, not what (Store::auditTrail), and a batch of many is hidden
        // from reviewers whole (its subject is no candidate).
        change.subjectId = candidates.size() == 1 ? idText(*candidates.cbegin()) : change.entityId;
        change.before = before;
        change.after = after;
        return Status::success();
    });
    return report;
}
