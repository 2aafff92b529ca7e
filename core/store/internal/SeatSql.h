// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a workshop with the seats taken in it, as Pipeline's rules see it: shared by
// Workshops (every workshop's seats) and Decisions (the workshop a decision or a closing
// concerns, inside its unit of work); and taking a seat, which both write. Internal to the
// store layer.

#include "domain/Pipeline.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"

namespace SeatSql {

/// Every workshop with its seats taken; append a WHERE (alias w) and an ORDER BY.
inline const QString kSelect =
    QStringLiteral("SELECT w.id, w.title, w.capacity, w.start_date, w.days, "
                   "(SELECT count(*) FROM enrolment e WHERE e.workshop_id = w.id) AS taken FROM workshop w");

/// Gives `candidateId` a seat in `workshopId`, the one place a seat is written (a decision
/// that takes one, and enrolling by hand). The rule of seats and applications lives here: a
/// seat is in the workshop applied to, so taking one records the application there, made
/// when there was none and moved from another workshop when it named one. (The other half:
/// Workshops::apply refuses to move an application away from a seat held.) Invariants
/// checks it over the whole file. Runs inside the caller's unit of work.
inline Status takeSeat(const QString& connection, const QUuid& candidateId, const QUuid& workshopId,
                       const QDateTime& at, const QString& by)
{
    using namespace StoreSql;
    const QVariantMap bindings{{QStringLiteral(":id"), idText(candidateId)},
                               {QStringLiteral(":w"), idText(workshopId)},
                               {QStringLiteral(":at"), timeText(at)},
                               {QStringLiteral(":by"), by}};
    auto taken = exec(connection,
                      QStringLiteral("INSERT INTO enrolment (candidate_id, workshop_id, enrolled_at, enrolled_by) "
                                     "VALUES (:id, :w, :at, :by) ON CONFLICT (candidate_id) DO UPDATE SET "
                                     "workshop_id = excluded.workshop_id, enrolled_at = excluded.enrolled_at, "
                                     "enrolled_by = excluded.enrolled_by"),
                      bindings, Store::tr("Could not take the seat."));
    if (!taken.ok()) {
        return Status(taken.error());
    }
    auto applied = exec(
        connection,
        QStringLiteral("INSERT INTO application (candidate_id, workshop_id, applied_at, applied_by) VALUES (:id, :w, "
                       ":at, :by) ON CONFLICT (candidate_id) DO UPDATE SET workshop_id = excluded.workshop_id, "
                       "applied_at = excluded.applied_at, applied_by = excluded.applied_by "
                       "WHERE application.workshop_id <> excluded.workshop_id"),
        bindings, Store::tr("Could not record the application."));
    return applied.ok() ? Status::success() : Status(applied.error());
}

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
