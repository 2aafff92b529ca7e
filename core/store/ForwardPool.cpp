// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Pool, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::pool() itself (#15).
#include "Pool.h"
#include "Store.h"

#include "AccreditedAdvisor.h"
#include "Activity.h"
#include "ActivityRemoval.h"
#include "Unavailability.h"

// One line each, so that step B deletes them as the table lists them.
// clang-format off
Result<QList<Activity>> Store::activities() const { return m_pool->activities(); }
Result<Activity> Store::saveActivity(const Activity& activity) { return m_pool->saveActivity(activity); }
Result<QList<AssignmentIssue>> Store::assignmentIssues(const Activity& activity) const { return m_pool->assignmentIssues(activity); }
Result<ActivityRemoval> Store::activityRemoval(const QUuid& id) const { return m_pool->activityRemoval(id); }
Status Store::removeActivity(const QUuid& id, const QString& reason) { return m_pool->removeActivity(id, reason); }
Result<QHash<QUuid, QDate>> Store::accreditationDates() const { return m_pool->accreditationDates(); }
Result<QList<AccreditedAdvisor>> Store::pool() const { return m_pool->advisors(); }
Result<QList<Unavailability>> Store::unavailability(const QUuid& candidateId) const { return m_pool->unavailability(candidateId); }
Result<Unavailability> Store::saveUnavailability(const Unavailability& period) { return m_pool->saveUnavailability(period); }
Status Store::removeUnavailability(const QUuid& id) { return m_pool->removeUnavailability(id); }
// clang-format on
