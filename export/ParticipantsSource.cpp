// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's participants, those holding its seats, in name order (as the printed
// participant list and the Workshops area's Participants tab).
#include "ExportSources.h"

#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "store/Store.h"
#include "store/Workshops.h"

Result<ExportTable> ExportSources::participants(const Store& store, const QUuid& workshopId)
{
    using R = Result<ExportTable>;
    const auto workshop = workshopOf(store, workshopId);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto participants = store.workshops().participants(workshopId);
    if (!participants.ok()) {
        return R(participants.error());
    }
    ExportTable table(tr("Participants %1").arg(workshop.value().title));
    table.addColumn(tr("Family name"));
    table.addColumn(tr("Given names"));
    table.addColumn(tr("Administration"));
    table.addColumn(tr("Nationality"));
    table.addColumn(tr("Region"));
    table.addColumn(tr("Stage"));
    table.addColumn(tr("E-mail"));
    table.addColumn(tr("Phone"));
    table.setFrozenColumns(2);
    for (const Candidate& c : participants.value()) {
        table.addRow({c.familyName, c.givenNames, c.administration, c.nationality,
                      c.region ? ::labelOf(*c.region) : QString(), ::labelOf(c.stage), c.email, c.phone});
    }
    return table;
}
