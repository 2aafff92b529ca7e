// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pool of accredited advisors of an open file: accreditations, activities with
// their participants, and declared unavailability. Owns the tables activity,
// activity_participant and unavailability; membership of the pool is read from the standing
// decisions (AccreditedAdvisor::takeMembershipFrom), never stored. Its rules: a lead or
// co-facilitator's part fits their twelve-week commitment or is a voluntary extra with a
// reason (AccreditedAdvisor::assignmentIssue), a Stage 3 booking is for those who passed
// the workshop (Pipeline::checkStage3Booking), and an appraised activity or place in one
// is not lost (ActivityRemoval).
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

class Store;
class AccreditedAdvisor;
class Activity;
class ActivityRemoval;
struct AssignmentIssue;
class Unavailability;

class Pool
{
    Q_DECLARE_TR_FUNCTIONS(Pool)

public:
    explicit Pool(Store& store);
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

    /// The activities, latest first, each with its topics and participants.
    Result<QList<Activity>> activities() const;
    /// Adds an activity, or saves an edit if nobody saved it since it was read, with its
    /// participants, in one unit of work and one audit entry. Refused when a lead or
    /// co-facilitator's part goes beyond the twelve weeks of their commitment or outside
    /// its period without being recorded as a voluntary extra with a reason, or when they
    /// were never accredited or left the pool (see assignmentIssues()); when it books as a
    /// Stage 3 candidate someone who may not take it (Pipeline::checkStage3Booking); or when
    /// it drops from their place a Stage 3 candidate whose appraisal in it has scores.
    Result<Activity> saveActivity(const Activity& activity);
    /// Every issue the leads and co-facilitators of `activity` raise against their
    /// commitment, whether or not their participant record already settles it as a
    /// voluntary extra; the editor asks for the reasons with it. Empty when all fit.
    Result<QList<AssignmentIssue>> assignmentIssues(const Activity& activity) const;
    /// Whether the activity `id` may be removed now, and whether it needs a reason
    /// (ActivityRemoval); NotFound when it is no longer in the file.
    Result<ActivityRemoval> activityRemoval(const QUuid& id) const;
    /// Removes an activity with who took part in it, in one unit of work whose audit entry
    /// keeps the activity (before) and `reason` (after). Refused, with nothing written, by
    /// ActivityRemoval: when Stage 3 appraisals were recorded for it, or when it has begun
    /// with leads or co-facilitators and `reason` is empty.
    Status removeActivity(const QUuid& id, const QString& reason = {});

    /// The accreditation date of every member of the pool, past or present (see advisors()):
    /// the date their latest standing accreditation takes effect. The one place that defines it.
    Result<QHash<QUuid, QDate>> accreditationDates() const;
    /// Everyone accredited by a standing decision (not reversed, not judged "not accredited"
    /// since; AccreditedAdvisor::takeMembershipFrom), whether still active or gone since, with
    /// their activities and declared unavailability, in name order; the ledger, state and
    /// search work on these (core/pool).
    Result<QList<AccreditedAdvisor>> advisors() const;
    /// Declared unavailability, of one candidate when `candidateId` is set, by first day.
    Result<QList<Unavailability>> unavailability(const QUuid& candidateId = {}) const;
    /// Records a period an advisor declared unavailable (or saves an edit of one, if nobody
    /// saved it since it was read).
    Result<Unavailability> saveUnavailability(const Unavailability& period);
    /// Removes a period of unavailability; NotFound when it is no longer in the file.
    Status removeUnavailability(const QUuid& id);

private:
    Store& m_store;
};
