// SPDX-License-Identifier: GPL-3.0-or-later
// The pool of accredited advisors, as the Pool area lists them: each advisor's state, the
// weeks of their commitment used and left under the file's week counting, and when they
// leave the pool within six months.
#include "ExportSources.h"

#include "Clock.h"
#include "pool/AccreditedAdvisor.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Store.h"

namespace {

QVariant weeks(int units)
{
    return double(units) / CommitmentLedger::kUnitsPerWeek;
}

}  // namespace

Result<ExportTable> ExportSources::pool(const Store& store)
{
    const auto advisors = store.pool().advisors();
    if (!advisors.ok()) {
        return Result<ExportTable>(advisors.error());
    }
    const WeekCounting rule = store.settings().weekCounting();
    const QDate today = Clock::today();

    ExportTable table(labelOf(ExportedList::Pool));
    table.addColumn(tr("Family name"));
    table.addColumn(tr("Given names"));
    table.addColumn(tr("Region"));
    table.addColumn(tr("State"));
    table.addColumn(tr("Accredited on"), CellKind::Date);
    table.addColumn(tr("Commitment ends"), CellKind::Date);
    table.addColumn(tr("Weeks used"), CellKind::Number);
    table.addColumn(tr("Weeks left"), CellKind::Number);
    table.addColumn(tr("Voluntary extra weeks"), CellKind::Number);
    table.addColumn(tr("Leaves the pool"), CellKind::Date);
    table.addColumn(tr("Unavailable"));
    table.setFrozenColumns(2);
    for (const AccreditedAdvisor& a : advisors.value()) {
        const CommitmentLedger ledger = a.ledger(rule);
        QStringList unavailable;
        for (const Unavailability& u : a.unavailability) {
            unavailable.append(
                tr("%1 to %2: %3").arg(u.from.toString(Qt::ISODate), u.to.toString(Qt::ISODate), u.reason));
        }
        table.addRow({a.candidate.familyName, a.candidate.givenNames,
                      a.candidate.region ? ::labelOf(*a.candidate.region) : QString(), ::labelOf(a.state(today)),
                      a.accreditedOn, a.commitmentEnd(), weeks(ledger.committedUsedUnits()), weeks(ledger.leftUnits()),
                      weeks(ledger.extraUnits()), a.leavesWithin(today), unavailable.join(QLatin1Char('\n'))});
    }
    return table;
}
