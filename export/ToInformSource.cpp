// SPDX-License-Identifier: GPL-3.0-or-later
// The candidates still to be told of a decision (`to-inform`, the Workshops area's list):
// where they stand now, the move that made it, and when it was decided.
#include "ExportSources.h"

#include "domain/Pipeline.h"
#include "domain/Workshop.h"
#include "store/Decisions.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QHash>

Result<ExportTable> ExportSources::toInform(const Store& store, const QUuid& workshopId)
{
    using R = Result<ExportTable>;
    const auto pending = store.decisions().toInform(workshopId);
    if (!pending.ok()) {
        return R(pending.error());
    }
    const auto workshops = store.workshops().all();
    if (!workshops.ok()) {
        return R(workshops.error());
    }
    QHash<QUuid, QString> titles;
    for (const Workshop& w : workshops.value()) {
        titles.insert(w.meta.id, w.title);
    }
    ExportTable table(workshopId.isNull() ? labelOf(ExportedList::ToInform)
                                          : tr("To inform %1").arg(titles.value(workshopId)));
    table.addColumn(tr("Candidate"));
    table.addColumn(tr("Now at"));
    table.addColumn(tr("Before"));
    table.addColumn(tr("Correction"));
    table.addColumn(tr("Earlier decisions not told"), CellKind::Integer);
    table.addColumn(tr("Step"));
    table.addColumn(tr("Workshop"));
    table.addColumn(tr("Decided"), CellKind::DateTime);
    table.setFrozenColumns(1);
    for (const PendingInforming& p : pending.value()) {
        table.addRow({p.candidateName, ::labelOf(p.to), ::labelOf(p.from), p.reversal ? tr("yes") : tr("no"),
                      p.decisionsAwaiting - 1, p.step ? ::labelOf(*p.step) : QString(), titles.value(p.workshopId),
                      p.decidedAt});
    }
    return table;
}
