// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsensusCommand.h"

#include "RoundOption.h"
#include "assessment/AssessmentRound.h"
#include "store/Assessment.h"
#include "domain/Candidate.h"
#include "assessment/AssessmentRecords.h"
#include "Lookup.h"
#include "review/ReviewerWork.h"
#include "assessment/ScoringForm.h"

#include <QCommandLineParser>
#include <QTextStream>

ConsensusCommand::ConsensusCommand()
    : FileCommand(
          QStringLiteral("consensus"),
          tr("Record the consensus rating of a candidate on one criterion (officers), apart from the reviewers' "
             "scores."),
          Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                    QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"), QStringLiteral("3"),
                    QStringLiteral("--comment"), QStringLiteral("{tag}")},
                   // The same criterion as observed at the workshop: Stage 2's consensus, a record of its own.
                   {QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--criterion"),
                    QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"), QStringLiteral("2"),
                    QStringLiteral("--round"), QStringLiteral("workshop"), QStringLiteral("--comment"),
                    QStringLiteral("{tag}")}});
}

void ConsensusCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."));
    parser.addOption(
        {QStringLiteral("criterion"), tr("The criterion's key (\"workshop:KEY\" for a workshop's own)."), tr("KEY")});
    parser.addOption({QStringLiteral("rating"), tr("On the profile's scale; hard requirements 0 or 1."), tr("N")});
    parser.addOption({QStringLiteral("comment"), tr("What the reviewers agreed on."), tr("TEXT")});
    parser.addOption({QStringLiteral("clear"), tr("Clear the consensus on the criterion instead (its comment too).")});
    addRoundOption(parser, tr("the round of the criterion (workshop for \"workshop:KEY\", field_assessment for "
                              "\"activity:ID\", else selection)"));
}

int ConsensusCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    bool numeric = false;
    parser.value(QStringLiteral("rating")).toInt(&numeric);
    const bool clear = parser.isSet(QStringLiteral("clear"));
    if (clear && (parser.isSet(QStringLiteral("rating")) || parser.isSet(QStringLiteral("comment")))) {
        err << tr("Give either --rating N (and --comment) or --clear, not both.") << Qt::endl;
        return UsageError;
    }
    if ((!numeric && !clear) || !parser.isSet(QStringLiteral("criterion"))) {
        err << tr("Give --criterion KEY and --rating N (a whole number), or --clear.") << Qt::endl;
        return UsageError;
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return Success;
}

int ConsensusCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const int rating = parser.value(QStringLiteral("rating")).toInt();  // checked: a whole number
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        err << candidate.message() << Qt::endl;
        return Failure;
    }
    ConsensusRating consensus;
    consensus.candidateId = candidate.value().meta.id;
    consensus.criterionKey = parser.value(QStringLiteral("criterion"));
    consensus.round = roundOption(parser, AssessmentRound::roundOfKey(consensus.criterionKey));
    if (parser.isSet(QStringLiteral("clear"))) {
        const auto held = store.assessment().consensus(consensus.candidateId);
        if (!held.ok()) {
            err << held.message() << Qt::endl;
            return Failure;
        }
        for (const ConsensusRating& c : held.value()) {
            if (c.round == consensus.round && c.criterionKey == consensus.criterionKey) {
                consensus = c;  // what is cleared is what was read
            }
        }
        if (auto done = store.assessment().clearConsensus(consensus); !done.ok()) {
            err << done.message() << Qt::endl;
            return Failure;
        }
        const auto form = store.assessment().scoringForm(consensus.candidateId, consensus.round);
        out << tr("Cleared the consensus for %1 on \"%2\" in %3.")
                   .arg(candidate.value().displayName(),
                        form.ok() && form.value().criterion(consensus.criterionKey)
                            ? form.value().criterion(consensus.criterionKey)->name
                            : consensus.criterionKey,
                        labelOf(consensus.round))
            << Qt::endl;
        return Success;
    }
    consensus.rating = rating;
    consensus.comment = parser.value(QStringLiteral("comment"));
    if (auto done = store.assessment().recordConsensus(consensus); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    const auto form = store.assessment().scoringForm(consensus.candidateId, consensus.round);
    out << tr("Consensus for %1 on \"%2\" in %4: %3.")
               .arg(candidate.value().displayName(),
                    form.ok() && form.value().criterion(consensus.criterionKey)
                        ? form.value().criterion(consensus.criterionKey)->name
                        : consensus.criterionKey,
                    form.ok() ? form.value().ratingLabel(consensus.criterionKey, rating) : QString::number(rating),
                    labelOf(consensus.round))
        << Qt::endl;
    return Success;
}
