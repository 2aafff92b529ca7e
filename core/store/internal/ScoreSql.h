// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a score row, shared by the shared file's score table and a review file's, whose
// columns are the same from candidate_id on (a review file has no reviewer column: it is
// one reviewer's). Internal to the store layer.

#include "domain/Score.h"
#include "store/internal/StoreSql.h"

namespace ScoreSql {

/// The score of the current row, read by the columns' names (id, candidate_id, round,
/// criterion_key, profile_version, rating, comment, evidence, submitted_at, updated_at and
/// the meta's). The caller sets the reviewer.
inline Score read(const QSqlQuery& q)
{
    using namespace StoreSql;
    Score s;
    s.meta = readMeta(q);
    s.candidateId = QUuid::fromString(q.value(QStringLiteral("candidate_id")).toString());
    s.criterionKey = q.value(QStringLiteral("criterion_key")).toString();
    s.round = toKey<PipelineStep>(q.value(QStringLiteral("round")), PipelineStep::Selection);
    s.profileVersion = q.value(QStringLiteral("profile_version")).toInt();
    s.rating = q.isNull(QStringLiteral("rating")) ? std::nullopt
                                                  : std::optional<int>(q.value(QStringLiteral("rating")).toInt());
    s.comment = q.value(QStringLiteral("comment")).toString();
    s.evidence = q.value(QStringLiteral("evidence")).toString();
    s.submittedAt =
        q.isNull(QStringLiteral("submitted_at")) ? QDateTime() : toTime(q.value(QStringLiteral("submitted_at")));
    s.updatedAt = toTime(q.value(QStringLiteral("updated_at")));
    return s;
}

/// The columns of the shared file's score table: the review file's, with the reviewer's.
inline QString sharedColumns()
{
    return QStringLiteral("id, reviewer_id, candidate_id, round, criterion_key, profile_version, rating, comment, "
                          "evidence, submitted_at, "
                          "updated_at, row_version, modified_at, modified_by");
}

/// A score of the shared file's table, its reviewer read from reviewer_id.
inline Score readShared(const QSqlQuery& q)
{
    Score s = read(q);
    s.reviewerId = QUuid::fromString(q.value(QStringLiteral("reviewer_id")).toString());
    return s;
}

}  // namespace ScoreSql
