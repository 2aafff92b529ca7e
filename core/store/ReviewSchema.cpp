// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewSchema.h"

QList<QStringList> ReviewSchema::steps()
{
    return {{
                QStringLiteral("CREATE TABLE review_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"),
                QStringLiteral(
                    "CREATE TABLE score (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL, "
                    "criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                    "rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), "
                    "comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, updated_at TEXT NOT NULL, "
                    "row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, "
                    "modified_by TEXT NOT NULL, UNIQUE (candidate_id, criterion_key)) STRICT"),
            },
            {
                QStringLiteral(
                    "CREATE TABLE score_in_round (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL, "
                    "round TEXT NOT NULL CHECK (round IN ('selection','workshop','field_assessment')), "
                    "criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                    "rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), "
                    "comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, updated_at TEXT NOT NULL, "
                    "row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, "
                    "modified_by TEXT NOT NULL, UNIQUE (candidate_id, round, criterion_key)) STRICT"),
                QStringLiteral(
                    "INSERT INTO score_in_round (id, candidate_id, round, criterion_key, profile_version, rating, "
                    "comment, evidence, submitted_at, updated_at, row_version, modified_at, modified_by) "
                    "SELECT id, candidate_id, CASE WHEN substr(criterion_key, 1, 9) = 'workshop:' THEN 'workshop' "
                    "WHEN substr(criterion_key, 1, 9) = 'activity:' THEN 'field_assessment' ELSE 'selection' END, "
                    "criterion_key, profile_version, rating, comment, evidence, submitted_at, updated_at, "
                    "row_version, modified_at, modified_by FROM score"),
                QStringLiteral("DROP TABLE score"),
                QStringLiteral("ALTER TABLE score_in_round RENAME TO score"),
            }};
}
