// SPDX-License-Identifier: GPL-3.0-or-later
// The file's history (the audit trail), or one candidate's: when, who, what was done to
// which record, oldest first. The values before and after stay in the file: they are JSON
// for `audit --json`, not for a spreadsheet.
#include "ExportSources.h"

#include "domain/Candidate.h"
#include "store/AuditEntry.h"
#include "store/AuditLabels.h"
#include "store/Candidates.h"
#include "store/Store.h"

Result<ExportTable> ExportSources::history(const Store& store, const QUuid& candidateId)
{
    using R = Result<ExportTable>;
    QString title = labelOf(ExportedList::History);
    if (!candidateId.isNull()) {
        const auto candidate = store.candidates().byId(candidateId);
        if (!candidate.ok()) {
            return R(candidate.error());
        }
        title = tr("History %1").arg(candidate.value().sortName());
    }
    const auto trail = store.auditTrail(candidateId);
    if (!trail.ok()) {
        return R(trail.error());
    }
    ExportTable table(title);
    table.addColumn(tr("When"), CellKind::DateTime);
    table.addColumn(tr("Who"));
    table.addColumn(tr("What"));
    table.addColumn(tr("Action"));
    table.addColumn(tr("Record"));
    table.addColumn(tr("Record id"));
    table.addColumn(tr("Entry"), CellKind::Integer);
    table.setFrozenColumns(1);
    for (const AuditEntry& e : trail.value()) {
        table.addRow({e.at, e.actor, AuditLabels::action(e.action), e.action, e.entity, e.entityId, e.seq});
    }
    return table;
}
