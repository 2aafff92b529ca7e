// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading what the steps of a workshop's round record: the closing or reopening of a step
// (step_closure) and a candidate's outcome of one (assessment_outcome), by the names of
// their columns. Shared by Decisions, Assessment and the invariants' read of the whole
// file. Internal to the store layer.

#include "assessment/AssessmentRecords.h"
#include "domain/Pipeline.h"
#include "store/internal/StoreSql.h"

namespace StepRecordSql {

inline StepClosure readClosure(const QSqlQuery& q)
{
    using namespace StoreSql;
    using namespace Qt::StringLiterals;
    StepClosure c;
    c.workshopId = QUuid::fromString(q.value(u"workshop_id"_s).toString());
    c.step = toKey<PipelineStep>(q.value(u"step"_s), PipelineStep::Selection);
    c.closed = q.value(u"closed"_s).toInt() == 1;
    c.at = toTime(q.value(u"happened_at"_s));
    c.by = q.value(u"person"_s).toString();
    c.reason = q.value(u"reason"_s).toString();
    c.uninformedAtClosing = q.value(u"uninformed"_s).toInt();
    return c;
}

inline AssessmentOutcome readOutcome(const QSqlQuery& q)
{
    using namespace StoreSql;
    using namespace Qt::StringLiterals;
    AssessmentOutcome o;
    o.candidateId = QUuid::fromString(q.value(u"candidate_id"_s).toString());
    o.step = toKey<PipelineStep>(q.value(u"step"_s), PipelineStep::Selection);
    o.passed = q.value(u"passed"_s).toInt() == 1;
    o.note = q.value(u"note"_s).toString();
    o.recordedAt = toTime(q.value(u"recorded_at"_s));
    o.recordedBy = q.value(u"recorded_by"_s).toString();
    return o;
}

}  // namespace StepRecordSql
