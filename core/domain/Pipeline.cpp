// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Pipeline.h"

#include "FrontEnd.h"

#include <QHash>
#include <QLocale>

namespace {

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

Status refused(const QString& message)
{
    return Status::failure(ErrorCode::Refused, message);
}

}  // namespace

bool Pipeline::holdsSeat(Stage stage)
{
    switch (stage) {
    case Stage::Applied:
    case Stage::Waitlisted:
    case Stage::NotSelected:
    case Stage::Withdrawn:
        return false;
    default:
        return true;
    }
}

bool Pipeline::canEnrol(Stage stage)
{
    return stage == Stage::Applied || stage == Stage::Selected || stage == Stage::Confirmed;
}

bool Pipeline::releasesSeat(const StageDecision& d)
{
    // Leaving before the workshop frees the seat for someone else; after it, the
    // participant stays on the workshop's list whatever happens next.
    switch (d.to) {
    case Stage::Waitlisted:
    case Stage::NotSelected:
        return true;
    case Stage::Withdrawn:
        return d.from == Stage::Applied || d.from == Stage::Selected || d.from == Stage::Confirmed ||
               d.from == Stage::Waitlisted || d.from == Stage::NotSelected;
    default:
        return false;
    }
}

bool Pipeline::needsSeat(const StageDecision& d)
{
    return holdsSeat(d.to) && !holdsSeat(d.from);
}

Status Pipeline::check(const StageDecision& d, const PipelineSituation& s)
{
    if (auto valid = d.validate().toStatus(); !valid.ok()) {
        return valid;
    }
    const QString name = s.candidateName.trimmed().isEmpty() ? tr("The candidate") : s.candidateName.trimmed();
    if (d.isReversal()) {
        if (!s.latest || s.latest->meta.id != d.reversesId) {
            return refused(
                tr("Only the latest decision about %1 can be reversed; reverse the later ones first.").arg(name));
        }
        if (s.latest->to != d.from || s.latest->from != d.to) {
            return Status::failure(ErrorCode::Invalid,
                                   tr("A reversal takes %1 back from \"%2\" to \"%3\", where the reversed decision "
                                      "found them.")
                                       .arg(name, labelOf(s.latest->to), labelOf(s.latest->from)));
        }
    }

    if (s.stage != d.from) {
        return Status::failure(ErrorCode::Conflict,
                               tr("%1 is now at \"%2\", not \"%3\": someone decided meanwhile. Reload and decide "
                                  "again.")
                                   .arg(name, labelOf(s.stage), labelOf(d.from)));
    }
    const auto step = d.step();
    // Leaving is always possible; a closed step only stops new judgments within it.
    if (step && d.to != Stage::Withdrawn && s.closure && s.closure->closed && s.workshop) {
        return refused(
            tr("%1 of \"%2\" was closed on %3 by %4.")
                .arg(labelOf(*step), s.workshop->title, dateText(s.closure->at.toLocalTime().date()), s.closure->by) +
            QLatin1Char(' ') +
            FrontEnd::choose(tr("Reopen it in the Workshops area before deciding again."),
                             tr("Reopen it with \"close-step FILE --workshop W --step %1 --reopen --reason "
                                "TEXT\" before deciding again.")
                                 .arg(keyOf(*step))));
    }
    if (d.effectiveOn.isValid() && s.today.isValid() && d.effectiveOn > s.today) {
        return Status::failure(ErrorCode::Invalid,
                               tr("A decision cannot take effect on a future date (%1): record it on the day it "
                                  "takes effect.")
                                   .arg(dateText(d.effectiveOn)));
    }

    if (needsSeat(d)) {
        if (!s.workshop) {
            return refused(tr("Choose the workshop where %1 takes a seat; a selected candidate is selected for a "
                              "workshop.")
                               .arg(name));
        }
        if (!s.enrolledIn.isNull() && s.enrolledIn != s.workshop->id) {
            return refused(tr("%1 holds a seat in another workshop. %2")
                               .arg(name, FrontEnd::choose(tr("Move them there with Enrol in the Workshops area, or "
                                                              "decide for that workshop."),
                                                           tr("Move them there with \"enrol FILE CANDIDATE --workshop "
                                                              "W\", or decide for that workshop."))));
        }
        if (s.enrolledIn.isNull() && s.workshop->isFull()) {
            return refused(tr("\"%1\" is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). "
                              "Waitlist %4, or free a seat first.")
                               .arg(s.workshop->title)
                               .arg(s.workshop->taken)
                               .arg(s.workshop->capacity)
                               .arg(name));
        }
    }
    {
        // What stands after the decision: Stage 3 rests on the workshop's pass, and every
        // step's judgment agrees with the officer's recorded outcome unless a written reason
        // overrides it. Only what this decision changes is judged, so that leaving stays
        // possible in a file that was inconsistent before.
        const QList<StageDecision> before = standing(s.history);
        QList<StageDecision> history = s.history;
        history.append(d);
        const QList<StageDecision> after = standing(history);
        if (s.stage3Bookings > 0 && passedWorkshop(before) && !passedWorkshop(after)) {
            return refused(tr("%1 takes part in %n activity(ies) as a Stage 3 candidate, which rests on passing the "
                              "workshop. Take them off those activities in the Activities area first (or remove the "
                              "activity with activity-remove).",
                              nullptr, s.stage3Bookings)
                               .arg(name));
        }
        for (const AssessmentOutcome& o : s.outcomes) {
            const auto now = standingJudgment(after, o.step);
            const auto was = standingJudgment(before, o.step);
            if (!now || (was && was->meta.id == now->meta.id && !now->meta.id.isNull()) ||
                !now->overrideReason.trimmed().isEmpty() || !contradicts(*now, o.passed)) {
                continue;
            }
            return refused(
                tr("The outcome recorded for %1's %2 is \"%3\"; \"%4\" says otherwise. Record the "
                   "outcome again if it was wrong (outcome command, or Record Outcome on the scoring "
                   "form), or give a written reason to override (advance --override, or the decision's "
                   "Override field).")
                    .arg(name, labelOf(o.step), o.passed ? tr("passed") : tr("not passed"), labelOf(now->to)));
        }
    }
    if (d.isReversal()) {
        return Status::success();  // a reversal restores a standing that passed these rules once
    }

    switch (d.to) {
    case Stage::Selected: {
        const bool qualifies = s.screening && s.screening->qualifies(s.thresholdPercent);
        if (!qualifies && d.overrideReason.trimmed().isEmpty()) {
            const QString why = s.screening
                                    ? tr("%1's screening: %2.").arg(name, s.screening->explanation(s.thresholdPercent))
                                    : tr("No Stage 1 screening is recorded for %1.").arg(name);
            return refused(why + QLatin1Char(' ') +
                           tr("Selection needs the hard requirements met and most of the counted criteria. Record "
                              "the screening, or give a written reason to override."));
        }
        break;
    }
    case Stage::Confirmed:
        if (!s.commitment) {
            return refused(tr("%1 cannot be confirmed before their availability commitment is recorded (point 5 of "
                              "the call): record when and how they gave it.")
                               .arg(name));
        }
        if (s.enrolledIn.isNull() || !s.workshop) {
            return refused(tr("%1 holds no seat in a workshop; enrol them first.").arg(name));
        }
        break;
    case Stage::WorkshopPassed:
    case Stage::WorkshopFailed:
        if (s.enrolledIn.isNull() || !s.workshop) {
            return refused(tr("%1 took part in no workshop recorded in the file; Stage 2 is decided for the "
                              "participants of a workshop.")
                               .arg(name));
        }
        if (s.workshop->startDate.isValid() && d.decidedAt.toUTC().date() < s.workshop->startDate) {
            return refused(tr("\"%1\" begins on %2: Stage 2 is decided at or after the workshop.")
                               .arg(s.workshop->title, dateText(s.workshop->startDate)));
        }
        break;
    case Stage::Accredited:
        if (s.workshop && s.workshop->endDate.isValid() && d.effectiveDate() < s.workshop->endDate) {
            return refused(tr("The accreditation date (%1) cannot come before the end of the workshop \"%2\" (%3).")
                               .arg(dateText(d.effectiveDate()), s.workshop->title, dateText(s.workshop->endDate)));
        }
        break;
    default:
        break;
    }
    return Status::success();
}

Status Pipeline::checkEnrolment(const PipelineSituation& s, const WorkshopSeats& w, const QDate& today)
{
    const QString name = s.candidateName.trimmed().isEmpty() ? tr("The candidate") : s.candidateName.trimmed();
    if (s.enrolledIn == w.id) {
        return refused(tr("%1 already holds a seat in \"%2\".").arg(name, w.title));
    }
    if (!canEnrol(s.stage)) {
        return refused(tr("%1 is at \"%2\": only applicants and selected or confirmed candidates take a seat in a "
                          "workshop. A waitlisted candidate takes one when selected.")
                           .arg(name, labelOf(s.stage)));
    }
    if (s.closure && s.closure->closed) {
        return refused(tr("The selection for \"%1\" is closed.").arg(w.title) + QLatin1Char(' ') +
                       FrontEnd::choose(tr("Reopen it in the Workshops area first."),
                                        tr("Reopen it first with \"close-step FILE --workshop W --step %1 --reopen "
                                           "--reason TEXT\".")
                                            .arg(keyOf(PipelineStep::Selection))));
    }
    if (w.startDate.isValid() && w.startDate <= today) {
        return refused(tr("\"%1\" began on %2; participants are enrolled before a workshop begins.")
                           .arg(w.title, dateText(w.startDate)));
    }
    if (w.isFull()) {
        return refused(tr("\"%1\" is full: %2 of %3 seats are taken (the call allows at most 10 a workshop). Free a "
                          "seat first, or waitlist %4.")
                           .arg(w.title)
                           .arg(w.taken)
                           .arg(w.capacity)
                           .arg(name));
    }
    return Status::success();
}

Status Pipeline::checkClosing(const WorkshopSeats& w, PipelineStep step, int uninformed, const QString& reason)
{
    if (uninformed > 0 && reason.trimmed().isEmpty()) {
        return refused(tr("%n candidate(s) of \"%1\" still await being told the result of %2. Record that they were "
                          "informed, or write why the step closes without it.",
                          nullptr, uninformed)
                           .arg(w.title, labelOf(step)));
    }
    return Status::success();
}

QList<StageDecision> Pipeline::standing(const QList<StageDecision>& history)
{
    QList<StageDecision> stack;
    QHash<QUuid, StageDecision> byId;
    for (const StageDecision& d : history) {
        byId.insert(d.meta.id, d);
        if (!d.isReversal()) {
            stack.append(d);
            continue;
        }
        // Follow the chain of reversals down to the decision it is about: undoing a reversal
        // restores that decision, undoing the undoing takes it away again, and so on.
        auto target = byId.constFind(d.reversesId);
        bool restores = false;
        while (target != byId.constEnd() && target->isReversal()) {
            restores = !restores;
            target = byId.constFind(target->reversesId);
        }
        if (target == byId.constEnd()) {
            continue;
        }
        if (restores) {
            stack.append(*target);
            continue;
        }
        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            if (stack.at(i).meta.id == target->meta.id) {
                stack.removeAt(i);
                break;
            }
        }
    }
    return stack;
}

std::optional<StageDecision> Pipeline::standingJudgment(const QList<StageDecision>& standing, PipelineStep step)
{
    for (auto it = standing.crbegin(); it != standing.crend(); ++it) {
        const bool judges = step == PipelineStep::Selection ? it->to == Stage::Selected || it->to == Stage::NotSelected
                            : step == PipelineStep::Workshop
                                ? it->to == Stage::WorkshopPassed || it->to == Stage::WorkshopFailed
                                : it->to == Stage::Accredited || it->to == Stage::NotAccredited;
        if (judges) {
            return *it;
        }
    }
    return std::nullopt;
}

bool Pipeline::contradicts(const StageDecision& d, bool passed)
{
    switch (d.to) {
    case Stage::Selected:
    case Stage::WorkshopPassed:
    case Stage::Accredited:
        return !passed;
    case Stage::WorkshopFailed:
    case Stage::NotAccredited:
        return passed;
    default:
        return false;
    }
}

bool Pipeline::passedWorkshop(const QList<StageDecision>& standing)
{
    const auto judged = standingJudgment(standing, PipelineStep::Workshop);
    return judged && judged->to == Stage::WorkshopPassed;
}

Status Pipeline::checkStage3Booking(const QString& name, const QList<StageDecision>& history, Stage stage,
                                    const QDate& activityStart)
{
    const QList<StageDecision> kept = standing(history);
    if (!passedWorkshop(kept)) {
        return refused(tr("%1 is at \"%2\" and has not passed the workshop: only a candidate who passed it takes "
                          "part in an activity as a Stage 3 candidate.")
                           .arg(name, labelOf(stage)));
    }
    if (stage == Stage::WorkshopPassed) {
        return Status::success();
    }
    // Moved on since (accredited, not accredited, withdrawn): only an activity that had
    // already begun while they were in Stage 3 can list them.
    for (qsizetype i = kept.size() - 1; i >= 0; --i) {
        if (kept.at(i).to == Stage::WorkshopPassed) {
            const QDate left = i + 1 < kept.size() ? kept.at(i + 1).decidedAt.toUTC().date() : QDate();
            if (left.isValid() && activityStart.isValid() && activityStart <= left) {
                return Status::success();
            }
            break;
        }
    }
    return refused(tr("%1 is at \"%2\", no longer in Stage 3: they take part as a Stage 3 candidate only in an "
                      "activity that began while they were.")
                       .arg(name, labelOf(stage)));
}

Status Pipeline::checkOutcome(const AssessmentOutcome& outcome, const OutcomeSituation& s, const QDate& today)
{
    const QString name = s.candidateName.trimmed().isEmpty() ? tr("The candidate") : s.candidateName.trimmed();
    const QList<StageDecision> kept = standing(s.history);
    switch (outcome.step) {
    case PipelineStep::Selection:
        break;
    case PipelineStep::Workshop:
        if (!s.workshop) {
            return refused(tr("%1 took part in no workshop recorded in the file; the workshop's outcome is recorded "
                              "for its participants.")
                               .arg(name));
        }
        if (s.workshop->startDate.isValid() && today < s.workshop->startDate) {
            return refused(tr("\"%1\" begins on %2: its outcome is recorded at or after the workshop.")
                               .arg(s.workshop->title, dateText(s.workshop->startDate)));
        }
        break;
    case PipelineStep::FieldAssessment:
        if (!passedWorkshop(kept)) {
            return refused(tr("%1 has not passed the workshop; the field assessment (Stage 3) follows it. Record the "
                              "workshop's decision first (advance --to workshop_passed, or the Pipeline area).")
                               .arg(name));
        }
        if (!s.firstStage3Start.isValid() || today < s.firstStage3Start) {
            return refused(s.firstStage3Start.isValid()
                               ? tr("%1's first Stage 3 activity begins on %2; the field assessment's outcome is "
                                    "recorded once it has begun.")
                                     .arg(name, dateText(s.firstStage3Start))
                               : tr("%1 takes part in no Stage 3 activity yet; the field assessment is made in one. "
                                    "Record the activity first (activity-add with --participant NAME:stage3_candidate, "
                                    "or the Activities area).")
                                     .arg(name));
        }
        break;
    }
    if (const auto judged = standingJudgment(kept, outcome.step);
        judged && judged->overrideReason.trimmed().isEmpty() && contradicts(*judged, outcome.passed)) {
        return refused(tr("%1 was decided \"%2\" on %3; an outcome \"%4\" contradicts it. Reverse that decision "
                          "first if it was wrong (reverse command, or Reverse Latest… in the History tab).")
                           .arg(name, labelOf(judged->to), dateText(judged->decidedAt.toUTC().date()),
                                outcome.passed ? tr("passed") : tr("not passed")));
    }
    return Status::success();
}
