// SPDX-License-Identifier: GPL-3.0-or-later
// The activities of the pool, as the Activities area lists them: dates, what, where, and
// who took part in which role (one line each, in the cell).
#include "ExportSources.h"

#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Pool.h"
#include "store/Store.h"

#include <QHash>

Result<ExportTable> ExportSources::activities(const Store& store)
{
    using R = Result<ExportTable>;
    const auto activities = store.pool().activities();
    if (!activities.ok()) {
        return R(activities.error());
    }
    QHash<QUuid, QString> names;
    auto nameOf = [&](const QUuid& id) {
        if (!names.contains(id)) {
            const auto c = store.candidates().byId(id);
            names.insert(id, c.ok() ? c.value().displayName() : id.toString(QUuid::WithoutBraces));
        }
        return names.value(id);
    };
    ExportTable table(labelOf(ExportedList::Activities));
    table.addColumn(tr("From"), CellKind::Date);
    table.addColumn(tr("To"), CellKind::Date);
    table.addColumn(tr("Title"));
    table.addColumn(tr("Kind"));
    table.addColumn(tr("Mode"));
    table.addColumn(tr("Country"));
    table.addColumn(tr("City"));
    table.addColumn(tr("Requesting administration"));
    table.addColumn(tr("Language"));
    table.addColumn(tr("Topics"));
    table.addColumn(tr("Participants"));
    table.setFrozenColumns(3);
    for (const Activity& a : activities.value()) {
        QStringList people;
        for (const ActivityParticipant& p : a.participants) {
            people.append(tr("%1 (%2)").arg(nameOf(p.candidateId), ::labelOf(p.role)) +
                          (p.voluntaryExtra ? tr(", voluntary extra: %1").arg(p.extraReason) : QString()));
        }
        table.addRow({a.startDate, a.endDate, a.title, ::labelOf(a.kind), ::labelOf(a.mode), a.country, a.city,
                      a.requestingAdministration, a.language, a.topics.join(QStringLiteral(", ")),
                      people.join(QLatin1Char('\n'))});
    }
    return table;
}
