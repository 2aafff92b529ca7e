// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvanceCommand.h"

#include "store/Decisions.h"
#include "store/Workshops.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "Lookup.h"
#include "Clock.h"
#include "DateOption.h"
#include "KeyOption.h"
#include "domain/RecordJson.h"
#include "domain/StageDecision.h"

#include <QCommandLineParser>
#include <QTextStream>

AdvanceCommand::AdvanceCommand()
    : FileCommand(QStringLiteral("advance"), tr("Record a decision that moves a candidate to another stage."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Mensah"), QStringLiteral("--to"),
                    QStringLiteral("selected"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void AdvanceCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("to"), tr("The stage: %1.").arg(keyList<Stage>()), tr("STAGE")});
    parser.addOption({QStringLiteral("reason"), tr("Why; kept with the candidate's file."), tr("TEXT")});
    parser.addOption({QStringLiteral("workshop"), tr("The workshop concerned (id or words of its title)."), tr("W")});
    parser.addOption(
        {QStringLiteral("override"),
         tr("Why the decision goes against the screening (selection) or against the outcome recorded for its "
            "step (workshop passed or failed, accredited or not)."),
         tr("REASON")});
    parser.addOption(
        {QStringLiteral("effective"), tr("When it takes effect (the accreditation date), as YYYY-MM-DD."), tr("DATE")});
}

int AdvanceCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const bool valid = checkKeyOption<Stage>(parser, QStringLiteral("to"), err) &&
                       checkDateOption(parser, QStringLiteral("effective"), err);
    return valid ? Success : UsageError;
}

int AdvanceCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure both are right.
    const auto to = fromKey<Stage>(parser.value(QStringLiteral("to")));
    bool ok = true;
    const QDate effective = dateOption(parser, QStringLiteral("effective"), &ok);
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    StageDecision d;
    d.candidateId = candidate.value().meta.id;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        d.workshopId = workshop.value().meta.id;
    }
    d.from = candidate.value().stage;
    d.to = *to;
    d.reason = parser.value(QStringLiteral("reason"));
    d.overrideReason = parser.value(QStringLiteral("override"));
    d.effectiveOn = effective;
    d.decidedBy = store.actor().label();
    d.decidedAt = Clock::nowUtc();
    // A selection for another workshop than the one applied to moves the application with
    // the seat (a seat is in the workshop applied to); said, as `enrol` says it.
    const auto appliedBefore = store.workshops().applicationOf(d.candidateId);
    if (!appliedBefore.ok()) {
        return fail(err, appliedBefore.message());
    }
    const auto recorded = store.decisions().record(d);
    if (!recorded.ok()) {
        return fail(err, recorded.message());
    }
    out << tr("%1: %2 → %3. To be informed: record it with \"inform\".")
               .arg(candidate.value().displayName(), labelOf(d.from), labelOf(d.to))
        << Qt::endl;
    const auto appliedNow = store.workshops().applicationOf(d.candidateId);
    if (appliedNow.ok() && appliedNow.value() != appliedBefore.value()) {
        const auto title = [&store](const QUuid& id) {
            const auto w = findWorkshop(store, idText(id));
            return w.ok() ? w.value().title : idText(id);
        };
        out << (appliedBefore.value().isNull()
                    ? tr("They had applied to no workshop: their application to \"%1\" is recorded with the seat.")
                          .arg(title(appliedNow.value()))
                    : tr("Their application moved from \"%1\" to \"%2\": a seat is in the workshop applied to.")
                          .arg(title(appliedBefore.value()), title(appliedNow.value())))
            << Qt::endl;
    }
    return Success;
}
