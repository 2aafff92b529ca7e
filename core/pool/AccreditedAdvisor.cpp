// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/AccreditedAdvisor.h"

#include "domain/Activity.h"
#include "domain/Pipeline.h"

#include <QLocale>

CommitmentLedger AccreditedAdvisor::ledger(WeekCounting rule, const QUuid& without) const
{
    QList<CommitmentSpan> spans;
    for (const Assignment& a : assignments) {
        if (a.countsTowardsCommitment() && (without.isNull() || a.activityId != without)) {
            spans.append({a.activityId, a.from, a.to, a.mode});
        }
    }
    return CommitmentLedger(accreditedOn, spans, rule);
}

bool AccreditedAdvisor::takeMembershipFrom(const QList<StageDecision>& decisions)
{
    const QList<StageDecision> kept = Pipeline::standing(decisions);
    qsizetype accredited = -1;
    for (qsizetype i = kept.size() - 1; i >= 0 && accredited < 0; --i) {
        accredited = kept.at(i).to == Stage::Accredited ? i : -1;
    }
    if (accredited < 0) {
        return false;  // never accredited, or the accreditation was reversed
    }
    QDate left;
    std::optional<PoolState> how;
    for (qsizetype i = accredited + 1; i < kept.size(); ++i) {
        const StageDecision& d = kept.at(i);
        if (d.to == Stage::NotAccredited && !how) {
            return false;  // the accreditation itself was judged wrong: never in the pool
        }
        const std::optional<PoolState> out = d.to == Stage::Withdrawn ? std::optional(PoolState::Withdrawn)
                                             : d.to == Stage::Retired ? std::optional(PoolState::Retired)
                                             : d.to == Stage::CommitmentEnded
                                                 ? std::optional(PoolState::CommitmentEnded)
                                                 : std::nullopt;
        if (!out) {
            continue;  // what a reinstated candidate does next does not bring them back
        }
        if (!left.isValid()) {
            left = d.decidedAt.toUTC().date();
        }
        if (how != PoolState::Withdrawn) {
            how = out;
        }
    }
    accreditedOn = kept.at(accredited).effectiveDate();
    leftOn = left;
    leftAs = how;
    return true;
}

PoolState AccreditedAdvisor::state(const QDate& today) const
{
    if (leftAs) {
        return *leftAs;
    }
    switch (candidate.stage) {
    case Stage::Withdrawn:
        return PoolState::Withdrawn;
    case Stage::Retired:
        return PoolState::Retired;
    case Stage::CommitmentEnded:
        return PoolState::CommitmentEnded;
    default:
        return today > commitmentEnd() ? PoolState::CommitmentEnded : PoolState::Active;
    }
}

bool AccreditedAdvisor::wasActiveOn(const QDate& day) const
{
    return accreditedOn.isValid() && day >= accreditedOn && day <= commitmentEnd() &&
           (!leftOn.isValid() || day < leftOn);
}

QDate AccreditedAdvisor::leavesWithin(const QDate& today, int months) const
{
    if (state(today) != PoolState::Active) {
        return {};
    }
    const QDate end = commitmentEnd();
    return end <= today.addMonths(months) ? end : QDate();
}

QList<Assignment> AccreditedAdvisor::assignmentsDuring(const QDate& from, const QDate& to, const QUuid& without) const
{
    QList<Assignment> found;
    for (const Assignment& a : assignments) {
        if (a.from <= to && a.to >= from && (without.isNull() || a.activityId != without)) {
            found.append(a);
        }
    }
    return found;
}

QList<Unavailability> AccreditedAdvisor::unavailableDuring(const QDate& from, const QDate& to) const
{
    QList<Unavailability> found;
    for (const Unavailability& u : unavailability) {
        if (u.overlaps(from, to)) {
            found.append(u);
        }
    }
    return found;
}

std::optional<AssignmentIssue> AccreditedAdvisor::assignmentIssue(const Activity& activity, WeekCounting rule,
                                                                  const QDate& today) const
{
    const QLocale locale;
    const QString name = candidate.displayName();
    AssignmentIssue issue;
    issue.candidateId = candidate.meta.id;
    const PoolState now = state(today);
    // Someone who has left may still be recorded on an activity from before they left.
    const bool gone = now == PoolState::Withdrawn || now == PoolState::Retired;
    if (gone && (!leftOn.isValid() || activity.endDate >= leftOn)) {
        issue.kind = AssignmentIssue::Kind::LeftPool;
        issue.message =
            tr("%1 has left the pool (%2); they cannot lead or co-facilitate an activity.").arg(name, labelOf(now));
        return issue;
    }
    const CommitmentLedger before = ledger(rule, activity.meta.id);
    const CommitmentLedger::Cost cost =
        before.costOf({activity.meta.id, activity.startDate, activity.endDate, activity.mode});
    if (cost.outside > 0) {
        issue.kind = AssignmentIssue::Kind::OutsidePeriod;
        issue.message = tr("%1's commitment runs from %2 to %3; \"%4\" falls outside it. Record their part as a "
                           "voluntary extra, with the reason, or choose someone else.")
                            .arg(name, locale.toString(before.start(), QLocale::ShortFormat),
                                 locale.toString(before.end(), QLocale::ShortFormat), activity.title);
        return issue;
    }
    if (cost.beyond > 0) {
        issue.kind = AssignmentIssue::Kind::BeyondCommitment;
        issue.message = tr("\"%1\" would take %2 beyond the %3 weeks of their commitment (%4 weeks used, this "
                           "activity counts %5). Record their part as a voluntary extra, with the reason, or "
                           "choose someone else.")
                            .arg(activity.title, name, locale.toString(CommitmentLedger::kCommittedWeeks),
                                 CommitmentLedger::weeksText(before.usedUnits(), locale),
                                 CommitmentLedger::weeksText(cost.inside, locale));
        return issue;
    }
    return std::nullopt;
}

AssignmentIssue AccreditedAdvisor::notAccredited(const Candidate& candidate)
{
    AssignmentIssue issue;
    issue.candidateId = candidate.meta.id;
    issue.kind = AssignmentIssue::Kind::NotAccredited;
    issue.message = tr("%1 is not an accredited advisor; they can take part only as a Stage 3 candidate.")
                        .arg(candidate.displayName());
    return issue;
}
