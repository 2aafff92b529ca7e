#include "Pipeline.h"

#include "FrontEnd.h"

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

} // namespace

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
            return refused(tr("Only the latest decision about %1 can be reversed; reverse the later ones first.")
                               .arg(name));
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
        return refused(tr("%1 of \"%2\" was closed on %3 by %4.")
                           .arg(labelOf(*step), s.workshop->title, dateText(s.closure->at.toLocalTime().date()),
                                s.closure->by) +
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
