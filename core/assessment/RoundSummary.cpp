// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/RoundSummary.h"

#include "domain/NameCollation.h"
#include "domain/Pipeline.h"
#include "domain/StageDecision.h"

#include <QHash>

namespace {

void count(SummaryCounts& counts, const CandidateReach& c)
{
    ++counts.applied;
    counts.selected += c.selected ? 1 : 0;
    counts.passed += c.passed ? 1 : 0;
    counts.accredited += c.accredited ? 1 : 0;
}

}  // namespace

void CandidateReach::reachFrom(const QList<StageDecision>& history, const QUuid& workshopId)
{
    selected = passed = accredited = false;
    for (const StageDecision& d : Pipeline::standing(history)) {
        if (!workshopId.isNull() && !d.workshopId.isNull() && d.workshopId != workshopId) {
            continue;
        }
        // Every step later than selection was reached through it, and Stage 3 through the
        // workshop: the furthest standing decision says how far the candidate went.
        switch (d.to) {
        case Stage::Accredited:
            accredited = true;
            [[fallthrough]];
        case Stage::NotAccredited:
        case Stage::WorkshopPassed:
            passed = true;
            [[fallthrough]];
        case Stage::WorkshopFailed:
        case Stage::Confirmed:
        case Stage::Selected:
            selected = true;
            break;
        case Stage::Applied:
        case Stage::Waitlisted:
        case Stage::NotSelected:
        case Stage::Withdrawn:
        case Stage::CommitmentEnded:
        case Stage::Retired:
            break;
        }
    }
}

RoundSummary RoundSummary::of(const QList<CandidateReach>& candidates)
{
    RoundSummary s;
    QHash<Region, SummaryCounts> regions;
    SummaryCounts noRegion;
    QHash<Gender, SummaryCounts> genders;
    QHash<QString, qsizetype> administrationAt;  // by the folded name
    for (const CandidateReach& c : candidates) {
        count(s.totals, c);
        count(c.region ? regions[*c.region] : noRegion, c);
        count(genders[c.gender], c);
        const QString written = c.administration.simplified();
        const QString folded = written.toCaseFolded();
        auto at = administrationAt.constFind(folded);
        if (at == administrationAt.constEnd()) {
            at = administrationAt.insert(folded, s.byAdministration.size());
            s.byAdministration.append({written, written.isEmpty() ? tr("Not recorded") : written, SummaryCounts()});
        }
        count(s.byAdministration[*at].counts, c);
    }
    for (Region r : allOf<Region>()) {
        s.byRegion.append({::keyOf(r), ::labelOf(r), regions.value(r)});
    }
    if (noRegion.applied > 0) {
        s.byRegion.append({QString(), tr("Not recorded"), noRegion});
    }
    for (Gender g : allOf<Gender>()) {
        s.byGender.append({::keyOf(g), ::labelOf(g), genders.value(g)});
    }
    NameCollation().sort(s.byAdministration, [](const SummaryGroup& g) { return g.label; });
    return s;
}

const QList<SummaryGroup>& RoundSummary::groups(SummaryDimension dimension) const
{
    switch (dimension) {
    case SummaryDimension::Region:
        return byRegion;
    case SummaryDimension::Gender:
        return byGender;
    case SummaryDimension::Administration:
        break;
    }
    return byAdministration;
}

QString RoundSummary::keyOf(SummaryDimension dimension)
{
    switch (dimension) {
    case SummaryDimension::Region:
        return QStringLiteral("region");
    case SummaryDimension::Gender:
        return QStringLiteral("gender");
    case SummaryDimension::Administration:
        break;
    }
    return QStringLiteral("administration");
}

std::optional<SummaryDimension> RoundSummary::dimensionFromKey(const QString& key)
{
    for (SummaryDimension d : dimensions()) {
        if (key.trimmed().compare(keyOf(d), Qt::CaseInsensitive) == 0) {
            return d;
        }
    }
    return std::nullopt;
}

QList<SummaryDimension> RoundSummary::dimensions()
{
    return {SummaryDimension::Region, SummaryDimension::Gender, SummaryDimension::Administration};
}

QString RoundSummary::labelOf(SummaryDimension dimension)
{
    switch (dimension) {
    case SummaryDimension::Region:
        return tr("Region");
    case SummaryDimension::Gender:
        return tr("Gender");
    case SummaryDimension::Administration:
        break;
    }
    return tr("Administration");
}

QString RoundSummary::headingOf(SummaryDimension dimension)
{
    switch (dimension) {
    case SummaryDimension::Region:
        return tr("By region");
    case SummaryDimension::Gender:
        return tr("By gender");
    case SummaryDimension::Administration:
        break;
    }
    return tr("By administration");
}

QString RoundSummary::scopeText() const
{
    return workshopId.isNull() ? tr("Every candidate of the file (archived candidates left out)")
                               : tr("The applicants of \"%1\"").arg(workshopTitle);
}
