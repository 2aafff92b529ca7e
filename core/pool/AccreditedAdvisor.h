// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One person in the pool of accredited advisors: who they are, when they were
// accredited, what they took part in and when they declared themselves unavailable.
// Their commitment ledger, their state in the pool and whether an assignment fits their
// commitment all follow from that, without the store. The store assembles these.

#include "domain/Candidate.h"
#include "pool/CommitmentLedger.h"
#include "domain/StageDecision.h"
#include "domain/Unavailability.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Activity;
class QLocale;

/// One activity an advisor takes part in, as the pool sees it.
struct Assignment {
    QUuid activityId;
    QString title;
    QDate from;
    QDate to;
    ActivityMode mode = ActivityMode::OnSite;
    ParticipantRole role = ParticipantRole::CoFacilitator;
    bool voluntaryExtra = false;
    QStringList topics;

    bool countsTowardsCommitment() const { return role != ParticipantRole::Stage3Candidate; }
};

/// Why an assignment cannot simply be recorded.
struct AssignmentIssue {
    enum class Kind {
        NotAccredited,  ///< never accredited: only a Stage 3 candidate can take part
        LeftPool,  ///< withdrawn or retired: cannot be assigned
        OutsidePeriod,  ///< days before the accreditation or after the commitment ended
        BeyondCommitment  ///< more than the twelve weeks within the period
    };
    QUuid candidateId;
    Kind kind = Kind::BeyondCommitment;
    QString message;  ///< for the user: what is wrong and what to do

    /// Whether recording the assignment as a voluntary extra, with a reason, settles it.
    bool voluntaryExtraSettles() const { return kind == Kind::OutsidePeriod || kind == Kind::BeyondCommitment; }
};

class AccreditedAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(AccreditedAdvisor)

public:
    Candidate candidate;
    QDate accreditedOn;
    QDate leftOn;  ///< the day of the decision that took them out of the pool; invalid while in it
    /// How they left: withdrawn, retired or commitment ended (the latest of those since the
    /// accreditation); none while in the pool.
    std::optional<PoolState> leftAs;

    /// Who is in the pool, the one rule every path reads it through (Pool::advisors()): someone
    /// whose standing decisions (Pipeline::standing: reversed ones left out) accredit them,
    /// not followed by "not accredited". `decisions` are one candidate's, oldest first. Fills
    /// accreditedOn (the latest accreditation's effective date), leftOn and leftAs (the
    /// standing decisions out of the pool after it); false, and nothing filled, for anyone
    /// else.
    bool takeMembershipFrom(const QList<StageDecision>& decisions);
    QList<Assignment> assignments;
    QList<Unavailability> unavailability;

    QDate commitmentEnd() const { return CommitmentLedger::periodEnd(accreditedOn); }
    /// Their ledger, counting the activities they lead or co-facilitate, except `without`
    /// (the activity being edited, so that its old dates do not count twice).
    CommitmentLedger ledger(WeekCounting rule, const QUuid& without = {}) const;

    /// How they left the pool (leftAs) or, for an advisor put together without it, their
    /// stage; the commitment ends with its decision or, without one, the day after the
    /// period's last day.
    PoolState state(const QDate& today) const;
    /// Whether they were in the pool and within their commitment on `day`.
    bool wasActiveOn(const QDate& day) const;
    /// The last day of their commitment when they are active and it falls within `months`
    /// after `today`; invalid otherwise.
    QDate leavesWithin(const QDate& today, int months = 6) const;

    /// The assignments that have a day in [from, to], except `without`.
    QList<Assignment> assignmentsDuring(const QDate& from, const QDate& to, const QUuid& without = {}) const;
    /// The declared unavailability that has a day in [from, to].
    QList<Unavailability> unavailableDuring(const QDate& from, const QDate& to) const;

    /// Whether taking part in `activity` in a role that spends the commitment fits it; the
    /// issue otherwise. `activity` may already list them (an edit). Someone withdrawn or
    /// retired can still be recorded on an activity that ended before they left.
    std::optional<AssignmentIssue> assignmentIssue(const Activity& activity, WeekCounting rule,
                                                   const QDate& today) const;

    /// The issue of someone never accredited who is asked to lead or co-facilitate.
    static AssignmentIssue notAccredited(const Candidate& candidate);
};
