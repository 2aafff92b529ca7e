// SPDX-License-Identifier: GPL-3.0-or-later
// The facts the invariants are judged on, read from the whole file (Invariants holds the
// rules). Read on one connection without a transaction of its own; `check` opens the file
// read-only, so nothing changes under it.
#include "Clock.h"
#include "domain/Invariants.h"
#include "store/Store.h"
#include "store/internal/StepRecordSql.h"
#include "store/Pool.h"
#include "store/Workshops.h"
#include "store/Decisions.h"
#include "store/Candidates.h"

#include "domain/Candidate.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

Result<QList<InvariantFinding>> Store::invariants() const
{
    using R = Result<QList<InvariantFinding>>;
    InvariantFacts facts;
    facts.today = Clock::today();
    const auto people = candidates().allInFile();  // the rules hold over the whole file, whoever reads
    const auto decided = decisions().all();
    const auto seats = workshops().seats();
    const auto held = pool().activities();
    const auto members = pool().advisors();
    if (!people.ok() || !decided.ok() || !seats.ok() || !held.ok() || !members.ok()) {
        return R(!people.ok()    ? people.error()
                 : !decided.ok() ? decided.error()
                 : !seats.ok()   ? seats.error()
                 : !held.ok()    ? held.error()
                                 : members.error());
    }
    facts.decisions = decided.value();
    facts.workshops = seats.value();
    facts.activities = held.value();
    facts.pool = members.value();

    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QHash<QUuid, QUuid> seatOf;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT candidate_id, workshop_id FROM enrolment"))) {
            return R(sqlError(q.lastError(), tr("Could not read the seats.")));
        }
        while (q.next()) {
            seatOf.insert(QUuid::fromString(q.value(u"candidate_id"_s).toString()),
                          QUuid::fromString(q.value(u"workshop_id"_s).toString()));
        }
    }
    QHash<QUuid, QUuid> appliedTo;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT candidate_id, workshop_id FROM application"))) {
            return R(sqlError(q.lastError(), tr("Could not read the applications.")));
        }
        while (q.next()) {
            appliedTo.insert(QUuid::fromString(q.value(u"candidate_id"_s).toString()),
                             QUuid::fromString(q.value(u"workshop_id"_s).toString()));
        }
    }
    for (const Candidate& c : people.value()) {
        facts.candidates.append(
            {c.meta.id, c.displayName(), c.stage, seatOf.value(c.meta.id), appliedTo.value(c.meta.id)});
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT candidate_id, step, passed, note, recorded_at, recorded_by "
                                   "FROM assessment_outcome ORDER BY candidate_id, step"))) {
            return R(sqlError(q.lastError(), tr("Could not read the outcomes.")));
        }
        while (q.next()) {
            facts.outcomes.append(StepRecordSql::readOutcome(q));
        }
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT workshop_id, step, closed, happened_at, person, reason, uninformed "
                                   "FROM step_closure ORDER BY seq"))) {
            return R(sqlError(q.lastError(), tr("Could not read the workshops' steps.")));
        }
        while (q.next()) {
            facts.closures.append(StepRecordSql::readClosure(q));
        }
    }
    return Invariants::findings(facts);
}
