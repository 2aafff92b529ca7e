// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's scores: for each applicant and criterion with submitted ratings, how the
// reviewers rated (count, lowest, highest, mean, median, spread) and the value the ranking
// takes, the officer's consensus where recorded. In ranking order of names, then criteria.
#include "ExportSources.h"

#include "assessment/Ranking.h"
#include "assessment/ScoreStatistics.h"
#include "assessment/SubmittedRating.h"
#include "assessment/WorkshopApplicant.h"
#include "domain/NameCollation.h"
#include "domain/Workshop.h"
#include "store/Assessment.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace {

// Six decimals: what a spreadsheet shows of a mean or a deviation, and what it reads back.
double sixDecimals(double value)
{
    return std::round(value * 1e6) / 1e6;
}

QString pairKey(const QUuid& candidateId, const QString& criterionKey)
{
    return candidateId.toString() + QLatin1Char('|') + criterionKey;
}

}  // namespace

Result<ExportTable> ExportSources::scores(const Store& store, const QUuid& workshopId)
{
    using R = Result<ExportTable>;
    const auto workshop = workshopOf(store, workshopId);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    auto applicants = store.assessment().applicants(workshopId);
    const auto ratings = store.assessment().ratings(workshopId);
    const auto values = store.assessment().criterionValues(workshopId);
    if (!applicants.ok() || !ratings.ok() || !values.ok()) {
        return R(!applicants.ok() ? applicants.error() : !ratings.ok() ? ratings.error() : values.error());
    }
    QHash<QString, CriterionSummary> summaries;
    for (const CriterionSummary& s : ScoreStatistics::byCandidateAndCriterion(ratings.value())) {
        summaries.insert(pairKey(s.candidateId, s.criterionKey), s);
    }
    QHash<QString, CriterionValue> used;
    QHash<QUuid, QStringList> criteria;  // of each candidate, in key order
    for (const CriterionValue& v : values.value()) {
        used.insert(pairKey(v.candidateId, v.criterionKey), v);
    }
    for (const CriterionSummary& s : summaries) {
        criteria[s.candidateId].append(s.criterionKey);
    }
    for (const CriterionValue& v : values.value()) {
        if (!criteria.value(v.candidateId).contains(v.criterionKey)) {
            criteria[v.candidateId].append(v.criterionKey);
        }
    }
    QList<WorkshopApplicant> people = std::move(applicants).value();
    NameCollation().sort(people, [](const WorkshopApplicant& a) { return a.name; });

    ExportTable table(tr("Scores %1").arg(workshop.value().title));
    table.addColumn(tr("Candidate"));
    table.addColumn(tr("Criterion"));
    table.addColumn(tr("Kind"));
    table.addColumn(tr("Ratings"), CellKind::Integer);
    table.addColumn(tr("Lowest"), CellKind::Integer);
    table.addColumn(tr("Highest"), CellKind::Integer);
    table.addColumn(tr("Mean"), CellKind::Number);
    table.addColumn(tr("Median"), CellKind::Number);
    table.addColumn(tr("Standard deviation"), CellKind::Number);
    table.addColumn(tr("Reviewers disagree"));
    table.addColumn(tr("Value ranked"), CellKind::Number);
    table.addColumn(tr("From"));
    table.setFrozenColumns(2);
    for (const WorkshopApplicant& a : std::as_const(people)) {
        QStringList keys = criteria.value(a.candidateId);
        keys.sort();
        for (const QString& criterion : std::as_const(keys)) {
            const QString key = pairKey(a.candidateId, criterion);
            QVariantList row{a.name, criterion};
            if (used.contains(key)) {
                row.append(::labelOf(used.value(key).kind));
            } else {
                row.append(QString());
            }
            if (summaries.contains(key)) {
                const RatingSummary& r = summaries.value(key).ratings;
                row << r.count << r.lowest << r.highest << sixDecimals(r.mean) << sixDecimals(r.median)
                    << sixDecimals(r.populationStandardDeviation) << (r.reviewersDisagree ? tr("yes") : tr("no"));
            } else {
                row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QVariant() << QString();
            }
            if (used.contains(key)) {
                const CriterionValue& v = used.value(key);
                row << sixDecimals(v.value) << (v.fromConsensus ? tr("consensus") : tr("mean of the ratings"));
            } else {
                row << QVariant() << tr("not ranked (not in the profile)");
            }
            table.addRow(row);
        }
    }
    return table;
}
