// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a workshop with the seats taken in it, as Pipeline's rules see it: shared by
// Workshops (every workshop's seats) and Decisions (the workshop a decision or a closing
// concerns, inside its unit of work). Internal to the store layer.

#include "domain/Pipeline.h"
#include "store/internal/StoreSql.h"

namespace SeatSql {

/// Every workshop with its seats taken; append a WHERE (alias w) and an ORDER BY.
inline const QString kSelect =
    QStringLiteral("SELECT w.id, w.title, w.capacity, w.start_date, w.days, "
                   "(SELECT count(*) FROM enrolment e WHERE e.workshop_id = w.id) AS taken FROM workshop w");

/// Records the application to the workshop of a seat taken (:id, :w, :at, :by): the
/// application follows the seat, so a candidate is always an applicant where they sit.
inline const QString kApplyWithSeat = QStringLiteral(
    "INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) VALUES (:id, :w, :at, :by) "
    "ON CONFLICT (candidate_id) DO UPDATE SET workshop_id = excluded.workshop_id, applied_at = excluded.applied_at, "
    "applied_by = excluded.applied_by WHERE application.workshop_id <> excluded.workshop_id");

/// The workshop of the current row of a query that selected kSelect.
inline WorkshopSeats read(const QSqlQuery& q)
{
    using namespace StoreSql;
    WorkshopSeats w;
    w.id = QUuid::fromString(q.value(QStringLiteral("id")).toString());
    w.title = q.value(QStringLiteral("title")).toString();
    w.capacity = q.value(QStringLiteral("capacity")).toInt();
    w.startDate = toDate(q.value(QStringLiteral("start_date")));
    w.endDate = w.startDate.isValid() ? w.startDate.addDays(q.value(QStringLiteral("days")).toInt() - 1) : QDate();
    w.taken = q.value(QStringLiteral("taken")).toInt();
    return w;
}

}  // namespace SeatSql
