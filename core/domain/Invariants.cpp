// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Invariants.h"

#include <QLocale>

#include <algorithm>

namespace {

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

}  // namespace

QString InvariantFinding::key(Rule rule)
{
    switch (rule) {
    case Rule::History:
        return QStringLiteral("history");
    case Rule::Stage:
        return QStringLiteral("stage");
    case Rule::Seats:
        return QStringLiteral("seats");
    case Rule::Pool:
        return QStringLiteral("pool");
    case Rule::Stage3:
        return QStringLiteral("stage3");
    case Rule::Informing:
        return QStringLiteral("informing");
    case Rule::Outcomes:
        return QStringLiteral("outcomes");
    case Rule::Dates:
        return QStringLiteral("dates");
    }
    return {};
}

QList<InvariantFinding> Invariants::findings(const InvariantFacts& facts)
{
    using Rule = InvariantFinding::Rule;
    QList<InvariantFinding> found;
    const auto add = [&](Rule rule, const QUuid& subject, const QString& message) {
        found.append({rule, subject, message});
    };

    QHash<QUuid, const InvariantFacts::Person*> people;
    for (const InvariantFacts::Person& p : facts.candidates) {
        people.insert(p.id, &p);
    }
    const auto nameOf = [&](const QUuid& id) {
        const auto* p = people.value(id);
        return p ? p->name : id.toString(QUuid::WithoutBraces);
    };
    QHash<QUuid, WorkshopSeats> workshops;
    for (const WorkshopSeats& w : facts.workshops) {
        workshops.insert(w.id, w);
    }
    QHash<QUuid, QList<StageDecision>> histories;
    for (const StageDecision& d : facts.decisions) {
        histories[d.candidateId].append(d);
    }
    QHash<QUuid, QList<StageDecision>> standing;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        standing.insert(it.key(), Pipeline::standing(it.value()));
    }

    // History and stage: every decision starts where the one before ended, each is a move
    // the pipeline has (a reversal goes back from the latest), and the candidate stands
    // where their standing decisions lead.
    for (const InvariantFacts::Person& p : facts.candidates) {
        const QList<StageDecision> history = histories.value(p.id);
        Stage walked = Stage::Applied;
        QList<StageDecision> seen;
        for (const StageDecision& d : history) {
            if (d.from != walked) {
                add(Rule::History, p.id,
                    tr("A decision about %1 starts at \"%2\" although they were at \"%3\".")
                        .arg(p.name, keyOf(d.from), keyOf(walked)));
            } else if (d.isReversal()
                           ? seen.isEmpty() || seen.constLast().meta.id != d.reversesId || seen.constLast().from != d.to
                           : !StageDecision::isAllowedMove(d.from, d.to)) {
                add(Rule::History, p.id,
                    d.isReversal() ? tr("A reversal about %1 (%2) undoes a decision that was not their latest.")
                                         .arg(p.name, dateText(d.decidedAt.toUTC().date()))
                                   : tr("A decision moves %1 from \"%2\" to \"%3\", a move the pipeline does not have.")
                                         .arg(p.name, keyOf(d.from), keyOf(d.to)));
            }
            if (d.informedOn.isValid() && d.informedOn < d.decidedAt.toUTC().date()) {
                add(Rule::History, p.id,
                    tr("%1 is recorded as told of \"%2\" on %3, before it was decided (%4).")
                        .arg(p.name, keyOf(d.to), dateText(d.informedOn), dateText(d.decidedAt.toUTC().date())));
            }
            seen.append(d);
            walked = d.to;
        }
        const QList<StageDecision>& kept = standing[p.id];
        const Stage expected = kept.isEmpty() ? Stage::Applied : kept.constLast().to;
        if (p.stage != expected) {
            add(Rule::Stage, p.id,
                tr("%1 is recorded at stage \"%2\" but their decisions lead to \"%3\".")
                    .arg(p.name, keyOf(p.stage), keyOf(expected)));
        }
    }

    // Seats: never more than the workshop holds (at most 10), and only for candidates who
    // take part.
    for (const WorkshopSeats& w : facts.workshops) {
        if (w.taken > w.capacity || w.capacity > 10) {
            add(Rule::Seats, w.id,
                tr("\"%1\" has %2 participants for %3 seats (the call allows at most 10).")
                    .arg(w.title)
                    .arg(w.taken)
                    .arg(w.capacity));
        }
    }
    for (const InvariantFacts::Person& p : facts.candidates) {
        if (!p.seat.isNull() && (p.stage == Stage::Waitlisted || p.stage == Stage::NotSelected)) {
            add(Rule::Seats, p.id, tr("%1 holds a seat although at stage \"%2\".").arg(p.name, keyOf(p.stage)));
        }
        // A seat is in the workshop applied to: taking one records the application there
        // (SeatSql::takeSeat), and the application cannot leave a seat held (Workshops::apply).
        if (!p.seat.isNull() && p.application != p.seat) {
            const QString seatTitle = workshops.value(p.seat).title;
            add(Rule::Seats, p.id,
                p.application.isNull()
                    ? tr("%1 holds a seat in \"%2\" but applied to no workshop.").arg(p.name, seatTitle)
                    : tr("%1 holds a seat in \"%2\" but applied to \"%3\".")
                          .arg(p.name, seatTitle, workshops.value(p.application).title));
        }
    }

    // The pool: active means accredited and not reversed, withdrawn or ended since; and
    // everyone standing accredited within their period is active.
    QHash<QUuid, const AccreditedAdvisor*> members;
    for (const AccreditedAdvisor& a : facts.pool) {
        members.insert(a.candidate.meta.id, &a);
        const PoolState state = a.state(facts.today);
        const auto* p = people.value(a.candidate.meta.id);
        if (state == PoolState::Active && p && p->stage != Stage::Accredited) {
            add(Rule::Pool, p->id,
                tr("%1 counts as active in the pool but is at stage \"%2\".").arg(p->name, keyOf(p->stage)));
        }
    }
    for (const InvariantFacts::Person& p : facts.candidates) {
        if (p.stage != Stage::Accredited) {
            continue;
        }
        const AccreditedAdvisor* a = members.value(p.id);
        if (!a) {
            add(Rule::Pool, p.id,
                tr("%1 is at stage \"accredited\" but no standing decision accredits them, so the pool leaves them "
                   "out.")
                    .arg(p.name));
        } else if (a->leftAs) {
            add(Rule::Pool, p.id,
                tr("%1 is at stage \"accredited\" but left the pool (%2).").arg(p.name, keyOf(*a->leftAs)));
        }
    }

    // Stage 3: only someone whose pass of the workshop stands takes part as a candidate.
    for (const Activity& activity : facts.activities) {
        for (const ActivityParticipant& participant : activity.participants) {
            if (participant.role == ParticipantRole::Stage3Candidate &&
                !Pipeline::passedWorkshop(standing.value(participant.candidateId))) {
                add(Rule::Stage3, participant.candidateId,
                    tr("%1 takes part in \"%2\" as a Stage 3 candidate without having passed the workshop.")
                        .arg(nameOf(participant.candidateId), activity.title));
            }
        }
    }

    // Informing: a step closed with candidates still to be told keeps the reason why.
    for (const StepClosure& c : facts.closures) {
        if (!c.closed || !c.reason.trimmed().isEmpty()) {
            continue;
        }
        int waiting = 0;
        for (const StageDecision& d : facts.decisions) {
            if (d.workshopId == c.workshopId && d.step() == c.step && d.decidedAt <= c.at &&
                (!d.informedOn.isValid() || d.informedOn > c.at.toUTC().date())) {
                ++waiting;
            }
        }
        if (waiting > 0 || c.uninformedAtClosing > 0) {
            add(Rule::Informing, c.workshopId,
                tr("%1 of \"%2\" was closed on %3 by %4 with %n decision(s) not yet told, and no reason kept.", nullptr,
                   std::max(waiting, c.uninformedAtClosing))
                    .arg(labelOf(c.step), workshops.value(c.workshopId).title, dateText(c.at.toUTC().date()), c.by));
        }
    }

    // Outcomes: the standing judgment of each step agrees with the recorded outcome unless
    // it carries an override reason; no outcome is recorded before its step.
    QHash<QUuid, QDate> firstStage3;
    for (const Activity& activity : facts.activities) {
        for (const ActivityParticipant& participant : activity.participants) {
            if (participant.role == ParticipantRole::Stage3Candidate) {
                QDate& first = firstStage3[participant.candidateId];
                if (!first.isValid() || activity.startDate < first) {
                    first = activity.startDate;
                }
            }
        }
    }
    for (const AssessmentOutcome& o : facts.outcomes) {
        const QString name = nameOf(o.candidateId);
        const QList<StageDecision> kept = standing.value(o.candidateId);
        if (const auto judged = Pipeline::standingJudgment(kept, o.step);
            judged && judged->overrideReason.trimmed().isEmpty() && Pipeline::contradicts(*judged, o.passed)) {
            add(Rule::Outcomes, o.candidateId,
                tr("%1 was decided \"%2\" although the outcome recorded for %3 is \"%4\", and no override reason "
                   "is kept.")
                    .arg(name, keyOf(judged->to), keyOf(o.step), o.passed ? tr("passed") : tr("not passed")));
        }
        const QDate on = o.recordedAt.toUTC().date();
        if (o.step == PipelineStep::Workshop) {
            // Their workshops: where they hold a seat and those their decisions name (a seat
            // handed back or a later workshop since does not undo the outcome); it was
            // recorded at or after the first day of the earliest.
            const auto* p = people.value(o.candidateId);
            QList<QUuid> theirs;
            if (p && !p->seat.isNull()) {
                theirs.append(p->seat);
            }
            for (const StageDecision& d : histories.value(o.candidateId)) {
                theirs.append(d.workshopId);
            }
            const WorkshopSeats* earliest = nullptr;
            for (const QUuid& id : theirs) {
                const auto w = workshops.constFind(id);
                if (w != workshops.constEnd() && (!earliest || w->startDate < earliest->startDate)) {
                    earliest = &w.value();
                }
            }
            if (!earliest) {
                add(Rule::Outcomes, o.candidateId,
                    tr("%1 has a workshop outcome but took part in no workshop.").arg(name));
            } else if (earliest->startDate.isValid() && on < earliest->startDate) {
                add(Rule::Outcomes, o.candidateId,
                    tr("%1's workshop outcome was recorded on %2, before \"%3\" began (%4).")
                        .arg(name, dateText(on), earliest->title, dateText(earliest->startDate)));
            }
        } else if (o.step == PipelineStep::FieldAssessment) {
            const QDate first = firstStage3.value(o.candidateId);
            if (!Pipeline::passedWorkshop(kept) || !first.isValid() || on < first) {
                add(Rule::Outcomes, o.candidateId,
                    tr("%1's field assessment outcome (%2) comes before their Stage 3: it needs the workshop passed "
                       "and a Stage 3 activity begun.")
                        .arg(name, dateText(on)));
            }
        }
    }

    // Dates: Stage 2 at or after the workshop's first day; no accreditation before its end.
    for (const StageDecision& d : facts.decisions) {
        if (d.isReversal()) {
            continue;
        }
        const auto w = workshops.constFind(d.workshopId);
        if (w == workshops.constEnd() || !w->startDate.isValid()) {
            continue;
        }
        if ((d.to == Stage::WorkshopPassed || d.to == Stage::WorkshopFailed) &&
            d.decidedAt.toUTC().date() < w->startDate) {
            add(Rule::Dates, d.candidateId,
                tr("%1 was decided \"%2\" on %3, before \"%4\" began (%5).")
                    .arg(nameOf(d.candidateId), keyOf(d.to), dateText(d.decidedAt.toUTC().date()), w->title,
                         dateText(w->startDate)));
        }
        if (d.to == Stage::Accredited && w->endDate.isValid() && d.effectiveDate() < w->endDate) {
            add(Rule::Dates, d.candidateId,
                tr("%1's accreditation takes effect on %2, before the end of \"%3\" (%4).")
                    .arg(nameOf(d.candidateId), dateText(d.effectiveDate()), w->title, dateText(w->endDate)));
        }
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const InvariantFinding& a, const InvariantFinding& b) { return a.rule < b.rule; });
    return found;
}
