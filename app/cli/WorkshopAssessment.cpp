// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopAssessment.h"

#include "Command.h"
#include "Lookup.h"
#include "store/Store.h"
#include "store/Assessment.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

QString number(double value)
{
    return QLocale().toString(std::round(value * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

Result<WorkshopAssessment> readAssessment(const Store& store, const QString& workshopArgument, PipelineStep round)
{
    using R = Result<WorkshopAssessment>;
    const auto workshop = findWorkshop(store, workshopArgument);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto applicants = store.assessment().applicants(workshop.value().meta.id);
    if (!applicants.ok()) {
        return R(applicants.error());
    }
    const auto ratings = store.assessment().ratings(workshop.value().meta.id, round);
    if (!ratings.ok()) {
        return R(ratings.error());
    }
    const auto values = store.assessment().criterionValues(workshop.value().meta.id);
    if (!values.ok()) {
        return R(values.error());
    }
    return WorkshopAssessment{workshop.value(), applicants.value(), ratings.value(), values.value()};
}

QList<RankedCandidate> rankingOf(const WorkshopAssessment& a)
{
    return Ranking::rank(a.applicants, a.values, a.workshop.capacity);
}

int consensusCount(const WorkshopAssessment& a)
{
    return int(
        std::count_if(a.values.cbegin(), a.values.cend(), [](const CriterionValue& v) { return v.fromConsensus; }));
}

QJsonObject workshopJson(const Workshop& w)
{
    return {{QStringLiteral("id"), Command::idText(w.meta.id)},
            {QStringLiteral("title"), w.title},
            {QStringLiteral("seats"), w.capacity}};
}
