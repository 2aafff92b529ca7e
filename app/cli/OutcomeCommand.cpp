// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeCommand.h"

#include "store/Assessment.h"
#include "domain/Candidate.h"
#include "assessment/AssessmentRecords.h"
#include "Lookup.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QTextStream>

OutcomeCommand::OutcomeCommand()
    : FileCommand(QStringLiteral("outcome"),
                  tr("Record the outcome of a step's assessment of a candidate (officers), apart from the scores."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--step"), QStringLiteral("selection"),
          QStringLiteral("--passed"), QStringLiteral("--note"), QStringLiteral("{tag}")}});
}

void OutcomeCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("step"), tr("The step: %1.").arg(keyList<PipelineStep>()), tr("STEP")});
    parser.addOption({QStringLiteral("passed"), tr("The candidate passed the step.")});
    parser.addOption({QStringLiteral("not-passed"), tr("The candidate did not pass the step.")});
    parser.addOption({QStringLiteral("note"), tr("Why, in a sentence."), tr("TEXT")});
}

int OutcomeCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const auto step = fromKey<PipelineStep>(parser.value(QStringLiteral("step")));
    if (!step || parser.isSet(QStringLiteral("passed")) == parser.isSet(QStringLiteral("not-passed"))) {
        err << tr("Give --step (%1) and either --passed or --not-passed.").arg(keyList<PipelineStep>()) << Qt::endl;
        return UsageError;
    }
    return Success;
}

int OutcomeCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto step = fromKey<PipelineStep>(parser.value(QStringLiteral("step")));  // checked: one of them
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        err << candidate.message() << Qt::endl;
        return Failure;
    }
    AssessmentOutcome outcome;
    outcome.candidateId = candidate.value().meta.id;
    outcome.step = *step;
    outcome.passed = parser.isSet(QStringLiteral("passed"));
    outcome.note = parser.value(QStringLiteral("note"));
    if (auto done = store.assessment().recordOutcome(outcome); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << (outcome.passed ? tr("%1: %2 passed.") : tr("%1: %2 not passed."))
               .arg(candidate.value().displayName(), labelOf(*step))
        << Qt::endl;
    return Success;
}
