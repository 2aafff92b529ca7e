// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workshops of an open file: the workshops themselves, their own criteria, and
// the seats candidates hold in them.
// Handed out by Store; every write goes through Store's one unit of work.
// Owns the tables workshop, workshop_criterion, enrolment (a seat moved by a decision is
// Decisions') and application (the workshop a candidate applies to, without a seat; it
// follows the seat taken). A workshop's capacity never falls below its seats taken; a seat
// is given only as Pipeline's rules allow (not full, not begun, selection not closed).

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>

class Candidate;
class Store;
class Workshop;
struct Criterion;
struct WorkshopSeats;

class Workshops
{
    Q_DECLARE_TR_FUNCTIONS(Workshops)

public:
    explicit Workshops(Store& store);
    Workshops(const Workshops&) = delete;
    Workshops& operator=(const Workshops&) = delete;

    /// Every workshop, latest start first.
    Result<QList<Workshop>> all() const;
    /// Adds or edits a workshop; refused when the capacity falls below the seats taken.
    Result<Workshop> save(const Workshop& workshop);

    /// A workshop's own criteria, in form order.
    Result<QList<Criterion>> criteria(const QUuid& workshopId) const;
    /// Replaces a workshop's own criteria (keys without ':'); scores already given to a
    /// removed criterion stay in the file but leave the form. `basedOn` is the list the
    /// caller read and edited: if the file holds another list by now (someone saved
    /// meanwhile), nothing is saved and the refusal is a Conflict.
    Status setCriteria(const QUuid& workshopId, const QList<Criterion>& criteria, const QList<Criterion>& basedOn);
    /// Applies `edit` to the workshop's criteria as they are inside the unit of work (so
    /// that changes by other processes meanwhile are kept) and saves the result; `edit`
    /// may refuse, and nothing is saved.
    Status changeCriteria(const QUuid& workshopId, const std::function<Status(QList<Criterion>&)>& edit);
    /// How many scores (drafts and submitted) the workshop's applicants were given under each
    /// of its own criteria, by the criterion's own key (without "workshop:"); a key without
    /// scores is absent. What removing a criterion would take off the form.
    Result<QHash<QString, int>> criterionScoreCounts(const QUuid& workshopId) const;

    /// Every workshop with its seats taken, as the rules see them.
    Result<QList<WorkshopSeats>> seats() const;
    /// The candidates holding a seat of a workshop, in name order.
    Result<QList<Candidate>> participants(const QUuid& workshopId) const;
    /// The workshop where a candidate holds a seat; null when none.
    Result<QUuid> enrolmentOf(const QUuid& candidateId) const;
    /// Gives a candidate a seat of a workshop (or moves them there), or, with a null
    /// workshop, hands an applicant's seat back. Refused when the workshop is full, has
    /// begun, or its selection is closed.
    Status enrol(const QUuid& candidateId, const QUuid& workshopId);

    /// The workshop a candidate applied to (with or without a seat); null when none.
    Result<QUuid> applicationOf(const QUuid& candidateId) const;
    /// Every candidate's application: the workshop each applied to, by candidate.
    Result<QHash<QUuid, QUuid>> applications() const;
    /// Records the workshop a candidate applies to, without a seat, or with a null workshop
    /// withdraws the application. Refused for a workshop not in the file, and while the
    /// candidate holds a seat in another workshop (the application follows the seat).
    Status apply(const QUuid& candidateId, const QUuid& workshopId);

private:
    Store& m_store;
};
