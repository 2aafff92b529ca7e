// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Counts of the pool that the dashboard draws: advisors by region and state, and how many
// were active at the start of each month. Pure; the dashboard shows each as a chart and
// as a table.

#include "pool/AccreditedAdvisor.h"

#include <QList>
#include <QMap>
#include <QPair>

namespace PoolStatistics {

/// How many advisors of each region are in each state on `today`; regions without
/// advisors are left out, an advisor without a region is not counted.
QMap<Region, QMap<PoolState, int>> byRegionAndState(const QList<AccreditedAdvisor>& pool, const QDate& today);

/// How many advisors were active on the first day of each month, from the month of the
/// first accreditation to the month of `today`; empty when nobody was accredited.
QList<QPair<QDate, int>> activeByMonth(const QList<AccreditedAdvisor>& pool, const QDate& today);

}  // namespace PoolStatistics
