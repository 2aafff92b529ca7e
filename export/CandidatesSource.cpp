// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate list, with the filters the window's list has set: the columns the list shows,
// names first and frozen, in the one order of names (NameCollation).
#include "ExportSources.h"

#include "domain/Candidate.h"
#include "domain/NameCollation.h"
#include "store/Candidates.h"
#include "store/Store.h"

Result<ExportTable> ExportSources::candidates(const Store& store, CandidateFilter filter)
{
    filter.listedFieldsOnly = true;
    filter.withLanguages = false;
    auto found = store.candidates().find(filter);
    if (!found.ok()) {
        return Result<ExportTable>(found.error());
    }
    QList<Candidate> list = std::move(found).value();
    NameCollation().sort(list,
                         [](const Candidate& c) { return NameCollation::personText(c.familyName, c.givenNames); });

    ExportTable table(labelOf(ExportedList::Candidates));
    table.addColumn(tr("Family name"));
    table.addColumn(tr("Given names"));
    table.addColumn(tr("Stage"));
    table.addColumn(tr("Administration"));
    table.addColumn(tr("Region"));
    table.addColumn(tr("Nationality"));
    table.addColumn(tr("Application date"), CellKind::Date);
    table.addColumn(tr("E-mail"));
    table.addColumn(tr("Position"));
    table.setFrozenColumns(2);
    for (const Candidate& c : std::as_const(list)) {
        table.addRow({c.familyName, c.givenNames, ::labelOf(c.stage), c.administration,
                      c.region ? ::labelOf(*c.region) : QString(), c.nationality, c.applicationDate, c.email,
                      c.position});
    }
    return table;
}
