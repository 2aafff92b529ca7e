// SPDX-License-Identifier: GPL-3.0-or-later
// The candidate list, with the filters the window's list has set: the columns the list shows,
// names first and frozen, in the one order of names (NameCollation); then the workshop each
// applied to (the application, which a seat never leaves: see SeatSql::takeSeat).
#include "ExportSources.h"

#include "domain/Candidate.h"
#include "domain/NameCollation.h"
#include "domain/Workshop.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "store/Workshops.h"

Result<ExportTable> ExportSources::candidates(const Store& store, CandidateFilter filter)
{
    filter.listedFieldsOnly = true;
    filter.withLanguages = false;
    auto found = store.candidates().find(filter);
    if (!found.ok()) {
        return Result<ExportTable>(found.error());
    }
    QList<Candidate> list = std::move(found).value();
    // Read for the rows listed only, so a reviewer's export names no more than its rows
    // (the store's reads of candidates follow CandidateDisclosure; a workshop is no one's).
    const auto workshops = store.workshops().all();
    const auto applications = store.workshops().applications();
    if (!workshops.ok() || !applications.ok()) {
        return Result<ExportTable>(!workshops.ok() ? workshops.error() : applications.error());
    }
    QHash<QUuid, QString> titles;
    for (const Workshop& w : workshops.value()) {
        titles.insert(w.meta.id, w.title);
    }
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
    table.addColumn(tr("Applied to"));  // the workshop's title, as `import` reads it back
    table.setFrozenColumns(2);
    for (const Candidate& c : std::as_const(list)) {
        table.addRow({c.familyName, c.givenNames, ::labelOf(c.stage), c.administration,
                      c.region ? ::labelOf(*c.region) : QString(), c.nationality, c.applicationDate, c.email,
                      c.position, titles.value(applications.value().value(c.meta.id))});
    }
    return table;
}
