// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/PoolStatistics.h"

QMap<Region, QMap<PoolState, int>> PoolStatistics::byRegionAndState(const QList<AccreditedAdvisor>& pool,
                                                                    const QDate& today)
{
    QMap<Region, QMap<PoolState, int>> counts;
    for (const AccreditedAdvisor& a : pool) {
        if (a.candidate.region) {
            counts[*a.candidate.region][a.state(today)] += 1;
        }
    }
    return counts;
}

QList<QPair<QDate, int>> PoolStatistics::activeByMonth(const QList<AccreditedAdvisor>& pool, const QDate& today)
{
    QDate first;
    for (const AccreditedAdvisor& a : pool) {
        if (a.accreditedOn.isValid() && (!first.isValid() || a.accreditedOn < first)) {
            first = a.accreditedOn;
        }
    }
    QList<QPair<QDate, int>> series;
    if (!first.isValid()) {
        return series;
    }
    const QDate last(today.year(), today.month(), 1);
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        int active = 0;
        for (const AccreditedAdvisor& a : pool) {
            active += a.wasActiveOn(month) ? 1 : 0;
        }
        series.append({month, active});
    }
    return series;
}
