// SPDX-License-Identifier: GPL-3.0-or-later
// Store's counts the dashboard draws: how far the candidates of each workshop went. (The
// activities, the pool and the week counting moved to Pool and FileSettings, #15.)
#include "Store.h"
#include "StoreSql.h"
#include "StoreWriteSql.h"

using namespace StoreSql;

Result<QList<WorkshopFunnel>> Store::pipelineFunnel() const
{
    using R = Result<QList<WorkshopFunnel>>;
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QList<WorkshopFunnel> funnels;
    QHash<QUuid, int> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT w.id, w.title, w.start_date, count(DISTINCT d.candidate_id) FROM workshop w "
                               "LEFT JOIN stage_decision d ON d.workshop_id = w.id "
                               "GROUP BY w.id ORDER BY w.start_date, w.title"))) {
        return R(sqlError(q.lastError(), tr("Could not read the workshops.")));
    }
    while (q.next()) {
        WorkshopFunnel f;
        f.workshopId = QUuid::fromString(q.value(0).toString());
        f.title = q.value(1).toString();
        f.startDate = toDate(q.value(2));
        f.candidates = q.value(3).toInt();
        index.insert(f.workshopId, int(funnels.size()));
        funnels.append(f);
    }
    q.finish();
    QSqlQuery stages(db);
    stages.setForwardOnly(true);
    if (!stages.exec(QStringLiteral("SELECT workshop_id, to_stage, count(DISTINCT candidate_id) FROM stage_decision "
                                    "WHERE workshop_id IS NOT NULL GROUP BY workshop_id, to_stage"))) {
        return R(sqlError(stages.lastError(), tr("Could not read the decisions.")));
    }
    while (stages.next()) {
        const auto at = index.constFind(QUuid::fromString(stages.value(0).toString()));
        const auto stage = fromKey<Stage>(stages.value(1).toString());
        if (at != index.constEnd() && stage) {
            funnels[*at].reached.insert(*stage, stages.value(2).toInt());
        }
    }
    return funnels;
}
