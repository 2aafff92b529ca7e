// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewSchema.h"

QList<QStringList> ReviewSchema::steps()
{
    return {{
        QStringLiteral("CREATE TABLE review_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE score (id TEXT PRIMARY KEY, candidate_id TEXT NOT NULL, "
                       "criterion_key TEXT NOT NULL, profile_version INTEGER NOT NULL, "
                       "rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 4), "
                       "comment TEXT NOT NULL, evidence TEXT NOT NULL, submitted_at TEXT, updated_at TEXT NOT NULL, "
                       "row_version INTEGER NOT NULL CHECK (row_version >= 1), modified_at TEXT NOT NULL, "
                       "modified_by TEXT NOT NULL, UNIQUE (candidate_id, criterion_key)) STRICT"),
    }};
}
