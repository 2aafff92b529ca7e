// SPDX-License-Identifier: GPL-3.0-or-later
// How far a workshop's reviewers agree: the four coefficients of `agreement`, each with its
// band, or why it could not be computed (too few ratings, one reviewer...).
#include "ExportSources.h"

#include "assessment/ReviewerAgreement.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Store.h"

#include <cmath>

Result<ExportTable> ExportSources::agreement(const Store& store, const QUuid& workshopId)
{
    using R = Result<ExportTable>;
    const auto workshop = workshopOf(store, workshopId);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto ratings = store.assessment().ratings(workshopId);
    if (!ratings.ok()) {
        return R(ratings.error());
    }
    ExportTable table(tr("Agreement %1").arg(workshop.value().title));
    table.addColumn(tr("Coefficient"));
    table.addColumn(tr("Value"), CellKind::Number);
    table.addColumn(tr("Band"));
    table.addColumn(tr("Subjects"), CellKind::Integer);
    table.addColumn(tr("Raters"), CellKind::Integer);
    table.addColumn(tr("Ratings"), CellKind::Integer);
    table.addColumn(tr("Left out"), CellKind::Integer);
    table.addColumn(tr("Not computed because"));
    table.setFrozenColumns(1);
    for (const AgreementFigure& figure : ReviewerAgreement::ofSubmitted(ratings.value())) {
        const QString name = ReviewerAgreement::methodName(figure.method);
        if (figure.result.ok()) {
            const Agreement& a = figure.result.value();
            table.addRow({name, std::round(a.value * 1e6) / 1e6, a.band, a.subjects, a.raters, a.ratings,
                          a.subjectsLeftOut, QString()});
        } else {
            table.addRow(
                {name, QVariant(), QString(), QVariant(), QVariant(), QVariant(), QVariant(), figure.result.message()});
        }
    }
    return table;
}
