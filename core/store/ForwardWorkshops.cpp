// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Workshops, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::workshops() itself (#15).
#include "Workshops.h"
#include "Store.h"

#include "Candidate.h"
#include "CompetenceProfile.h"
#include "Pipeline.h"
#include "Workshop.h"

// One line a forwarder, for the script that removes them (#15).
// clang-format off
Result<QList<Workshop>> Store::workshops() const { return m_workshops->all(); }
Result<Workshop> Store::saveWorkshop(const Workshop& workshop) { return m_workshops->save(workshop); }
Result<QList<Criterion>> Store::workshopCriteria(const QUuid& workshopId) const { return m_workshops->criteria(workshopId); }
Status Store::setWorkshopCriteria(const QUuid& workshopId, const QList<Criterion>& criteria, const QList<Criterion>& basedOn) { return m_workshops->setCriteria(workshopId, criteria, basedOn); }
Status Store::changeWorkshopCriteria(const QUuid& workshopId, const std::function<Status(QList<Criterion>&)>& edit) { return m_workshops->changeCriteria(workshopId, edit); }
Result<QHash<QString, int>> Store::workshopCriterionScoreCounts(const QUuid& workshopId) const { return m_workshops->criterionScoreCounts(workshopId); }
Result<QList<WorkshopSeats>> Store::workshopSeats() const { return m_workshops->seats(); }
Result<QList<Candidate>> Store::participants(const QUuid& workshopId) const { return m_workshops->participants(workshopId); }
Result<QUuid> Store::enrolmentOf(const QUuid& candidateId) const { return m_workshops->enrolmentOf(candidateId); }
Status Store::enrol(const QUuid& candidateId, const QUuid& workshopId) { return m_workshops->enrol(candidateId, workshopId); }
// clang-format on
