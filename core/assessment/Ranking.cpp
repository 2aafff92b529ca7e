// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/Ranking.h"

#include "domain/NameCollation.h"

#include <QHash>
#include <QMap>
#include <QPair>

#include <algorithm>
#include <cmath>

namespace {

/// Totals are sums of means: compare them with a tolerance so that 1/3 + 2/3 ties with 1.
constexpr double kSameTotal = 1e-9;

}  // namespace

QList<CriterionValue> Ranking::meansOfSubmitted(const QList<SubmittedRating>& ratings)
{
    QMap<QPair<QString, QString>, QPair<double, int>> sums;  // (candidate, criterion) → (sum, count)
    QHash<QString, QUuid> ids;
    QHash<QString, CriterionKind> kinds;
    for (const SubmittedRating& r : ratings) {
        if (!r.kind || *r.kind == CriterionKind::Hard) {
            continue;
        }
        const QString id = r.candidateId.toString();
        ids.insert(id, r.candidateId);
        kinds.insert(r.criterionKey, *r.kind);
        auto& sum = sums[{id, r.criterionKey}];
        sum.first += r.rating;
        sum.second += 1;
    }
    QList<CriterionValue> values;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        CriterionValue v;
        v.candidateId = ids.value(it.key().first);
        v.criterionKey = it.key().second;
        v.kind = kinds.value(it.key().second);
        v.value = it.value().first / it.value().second;
        values.append(v);
    }
    return values;
}

QList<CriterionValue> Ranking::consensusOrMean(const QList<SubmittedRating>& ratings,
                                               const QList<CriterionValue>& consensus)
{
    // Keyed by (candidate, criterion) in a QMap so that the order is the same every time.
    QMap<QPair<QString, QString>, CriterionValue> values;
    for (const CriterionValue& mean : meansOfSubmitted(ratings)) {
        values.insert({mean.candidateId.toString(), mean.criterionKey}, mean);
    }
    for (CriterionValue agreed : consensus) {
        if (agreed.kind == CriterionKind::Hard) {
            continue;
        }
        agreed.fromConsensus = true;
        values.insert({agreed.candidateId.toString(), agreed.criterionKey}, agreed);
    }
    return values.values();
}

SelectionPool Ranking::selectionPool(const QList<RankedCandidate>& ranked)
{
    SelectionPool pool;
    for (const RankedCandidate& r : ranked) {
        if (!r.applicant.competesForSeat()) {
            pool.notConsidered.append({r, tr("not considered: %1").arg(labelOf(r.applicant.stage))});
        } else if (!r.applicant.screeningPassed) {
            pool.notConsidered.append(
                {r, tr("not proposed: %1; selecting them needs an override with a written reason (advance "
                       "FILE CANDIDATE --to selected --override TEXT)")
                        .arg(r.applicant.screeningNote)});
        } else if (r.criteriaValued == 0) {
            pool.notConsidered.append({r, tr("not considered: no submitted scores and no consensus")});
        } else {
            SelectionCandidate c;
            c.candidateId = r.applicant.candidateId;
            c.name = r.applicant.name;
            c.total = r.total;
            c.administration = r.applicant.administration;
            c.gender = r.applicant.gender;
            c.region = r.applicant.region;
            pool.candidates.append(c);
        }
    }
    return pool;
}

QList<RankedCandidate> Ranking::rank(const QList<WorkshopApplicant>& applicants, const QList<CriterionValue>& values,
                                     int seats)
{
    QHash<QUuid, int> index;
    QList<RankedCandidate> list;
    for (const WorkshopApplicant& a : applicants) {
        index.insert(a.candidateId, int(list.size()));
        RankedCandidate r;
        r.applicant = a;
        list.append(r);
    }
    for (const CriterionValue& v : values) {
        const auto at = index.constFind(v.candidateId);
        if (at == index.cend() || v.kind == CriterionKind::Hard) {
            continue;
        }
        RankedCandidate& r = list[*at];
        (v.kind == CriterionKind::Advantage ? r.advantageTotal : r.countedTotal) += v.value;
        r.total += v.value;
        r.criteriaValued += 1;
    }
    const NameCollation names;
    std::stable_sort(list.begin(), list.end(), [&names](const RankedCandidate& a, const RankedCandidate& b) {
        if (std::abs(a.total - b.total) > kSameTotal) {
            return a.total > b.total;
        }
        return names.compare(a.applicant.name, b.applicant.name) < 0;
    });
    int seatsGiven = 0;
    double lastSeatTotal = 0;
    for (int i = 0; i < list.size(); ++i) {
        RankedCandidate& r = list[i];
        r.rank = i > 0 && std::abs(list.at(i - 1).total - r.total) <= kSameTotal ? list.at(i - 1).rank : i + 1;
        if (seatsGiven < seats && r.applicant.competesForSeat() && r.criteriaValued > 0) {
            r.withinSeats = true;
            lastSeatTotal = r.total;
            ++seatsGiven;
        }
    }
    // A tie across the last seat: the order by name decided it, which the officer must know.
    if (seatsGiven == seats) {
        bool outsideShares = false;
        for (const RankedCandidate& r : list) {
            if (!r.withinSeats && r.applicant.competesForSeat() && r.criteriaValued > 0 &&
                std::abs(r.total - lastSeatTotal) <= kSameTotal) {
                outsideShares = true;
            }
        }
        if (outsideShares) {
            for (RankedCandidate& r : list) {
                if (r.applicant.competesForSeat() && r.criteriaValued > 0 &&
                    std::abs(r.total - lastSeatTotal) <= kSameTotal) {
                    r.tiedAtLastSeat = true;
                }
            }
        }
    }
    return list;
}
