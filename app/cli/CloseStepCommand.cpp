// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloseStepCommand.h"

#include "store/Decisions.h"
#include "domain/Workshop.h"
#include "Lookup.h"
#include "KeyOption.h"

#include <QCommandLineParser>
#include <QTextStream>

CloseStepCommand::CloseStepCommand()
    : FileCommand(QStringLiteral("close-step"), tr("Close (or reopen) a step of a workshop's round."),
                  Store::Access::Edit)
{
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("--workshop"), QStringLiteral("Nairobi"), QStringLiteral("--step"),
          QStringLiteral("selection"), QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void CloseStepCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("step"), tr("The step: %1.").arg(keyList<PipelineStep>()), tr("STEP")});
    parser.addOption({QStringLiteral("reason"),
                      tr("Why it closes although candidates are still to be informed, or why it reopens."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("reopen"), tr("Reopen the step instead.")});
}

int CloseStepCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    return checkKeyOption<PipelineStep>(parser, QStringLiteral("step"), err) ? Success : UsageError;
}

int CloseStepCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto step = fromKey<PipelineStep>(parser.value(QStringLiteral("step")));  // checked: one of them
    const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
    if (!workshop.ok()) {
        return fail(err, workshop.message());
    }
    const bool reopen = parser.isSet(QStringLiteral("reopen"));
    const QString reason = parser.value(QStringLiteral("reason"));
    const Status done = reopen ? store.decisions().reopenStep(workshop.value().meta.id, *step, reason)
                               : store.decisions().closeStep(workshop.value().meta.id, *step, reason);
    if (!done.ok()) {
        return fail(err, done.message());
    }
    out << (reopen ? tr("%1 of \"%2\" reopened.") : tr("%1 of \"%2\" closed."))
               .arg(labelOf(*step), workshop.value().title)
        << Qt::endl;
    return Success;
}
