// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate part of Store: candidates with their languages, stage decisions and
// attachments.
#include "FreeText.h"
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "CandidateSql.h"

#include "Attachment.h"
#include "Candidate.h"
#include "NameCollation.h"
#include "RecordJson.h"
#include "SqlError.h"

#include <QSqlError>
#include "StageDecision.h"
#include "StoreSql.h"
#include "CandidateFilter.h"
#include "DuplicateCheck.h"
#include "SearchIndex.h"
#include "TextFold.h"

#include <QRegularExpression>

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;

Result<QHash<Stage, int>> Store::stageCounts() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT stage, count(*) FROM candidate GROUP BY stage"))) {
        return Result<QHash<Stage, int>>(sqlError(q.lastError(), tr("Could not count the candidates.")));
    }
    QHash<Stage, int> counts;
    while (q.next()) {
        if (const auto stage = fromKey<Stage>(q.value(0).toString())) {
            counts.insert(*stage, q.value(1).toInt());
        }
    }
    return counts;
}
