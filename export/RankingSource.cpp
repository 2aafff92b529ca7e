// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's Stage 1 ranking, as `ranking` and the Selection view compute it: each
// criterion's value the officer's consensus where recorded, else the mean of the submitted
// ratings; totals with two decimals, as the window shows them.
#include "ExportSources.h"

#include "assessment/Ranking.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Store.h"

#include <cmath>

namespace {

QVariant total(double value)
{
    return std::round(value * 100) / 100;
}

}  // namespace

Result<ExportTable> ExportSources::ranking(const Store& store, const QUuid& workshopId)
{
    using R = Result<ExportTable>;
    const auto workshop = workshopOf(store, workshopId);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto applicants = store.assessment().applicants(workshopId);
    if (!applicants.ok()) {
        return R(applicants.error());
    }
    const auto values = store.assessment().criterionValues(workshopId);
    if (!values.ok()) {
        return R(values.error());
    }

    ExportTable table(tr("Ranking %1").arg(workshop.value().title));
    table.addColumn(tr("Rank"), CellKind::Integer);
    table.addColumn(tr("Candidate"));
    table.addColumn(tr("Administration"));
    table.addColumn(tr("Total"), CellKind::Number);
    table.addColumn(tr("Counted"), CellKind::Number);
    table.addColumn(tr("Advantages"), CellKind::Number);
    table.addColumn(tr("Criteria valued"), CellKind::Integer);
    table.addColumn(tr("Stage"));
    table.addColumn(tr("Within seats"));
    table.setFrozenColumns(2);
    for (const RankedCandidate& r : Ranking::rank(applicants.value(), values.value(), workshop.value().capacity)) {
        QString within = r.withinSeats ? tr("yes") : tr("no");
        if (r.tiedAtLastSeat) {
            within = tr("tied for the last seat");
        } else if (r.criteriaValued == 0) {
            within = tr("not scored yet");
        } else if (!r.applicant.competesForSeat()) {
            within = tr("no longer competing");
        }
        table.addRow({r.rank, r.applicant.name, r.applicant.administration, total(r.total), total(r.countedTotal),
                      total(r.advantageTotal), r.criteriaValued, ::labelOf(r.applicant.stage), within});
    }
    return table;
}
