// SPDX-License-Identifier: GPL-3.0-or-later
// The facts the invariants are judged on, read from the whole file (Invariants holds the
// rules). Read on one connection without a transaction of its own; `check` opens the file
// read-only, so nothing changes under it.
#include "Clock.h"
#include "Invariants.h"
#include "Store.h"
#include "Pool.h"
#include "Workshops.h"
#include "Decisions.h"
#include "Candidates.h"

#include "Candidate.h"
#include "SqlError.h"
#include "StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

Result<QList<InvariantFinding>> Store::invariants() const
{
    using R = Result<QList<InvariantFinding>>;
    InvariantFacts facts;
    facts.today = Clock::today();
    const auto people = candidates().all();
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
    for (const Candidate& c : people.value()) {
        facts.candidates.append({c.meta.id, c.displayName(), c.stage, seatOf.value(c.meta.id)});
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT candidate_id, step, passed, note, recorded_at, recorded_by "
                                   "FROM assessment_outcome ORDER BY candidate_id, step"))) {
            return R(sqlError(q.lastError(), tr("Could not read the outcomes.")));
        }
        while (q.next()) {
            AssessmentOutcome o;
            o.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
            o.step = toKey<PipelineStep>(q.value(u"step"_s), PipelineStep::Selection);
            o.passed = q.value(u"passed"_s).toInt() == 1;
            o.note = q.value(u"note"_s).toString();
            o.recordedAt = toTime(q.value(u"recorded_at"_s));
            o.recordedBy = q.value(u"recorded_by"_s).toString();
            facts.outcomes.append(o);
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
            StepClosure c;
            c.workshopId = QUuid::fromString(q.value(u"workshop_id"_s).toString());
            c.step = toKey<PipelineStep>(q.value(u"step"_s), PipelineStep::Selection);
            c.closed = q.value(u"closed"_s).toInt() == 1;
            c.at = toTime(q.value(u"happened_at"_s));
            c.by = q.value(u"person"_s).toString();
            c.reason = q.value(u"reason"_s).toString();
            c.uninformedAtClosing = q.value(u"uninformed"_s).toInt();
            facts.closures.append(c);
        }
    }
    return Invariants::findings(facts);
}
