// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreCommand.h"

#include "assessment/CandidateDisclosure.h"
#include "store/Assessment.h"
#include "store/Candidates.h"
#include "store/Store.h"
#include "domain/Candidate.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"
#include "domain/Score.h"
#include "assessment/ScoringForm.h"
#include "assessment/AssessmentRound.h"
#include "RoundOption.h"

#include <QCommandLineParser>
#include <QTextStream>

ScoreCommand::ScoreCommand()
    : ReviewerCommand(QStringLiteral("score"),
                      tr("Record one of your scores of a candidate in your review file (reviewers); a draft until "
                         "you submit."))
{
    declareReviewWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--as"),
                          QStringLiteral("{reviewer}"), QStringLiteral("--reviewer"), QStringLiteral("{reviewer}"),
                          QStringLiteral("--review"), QStringLiteral("{review}"), QStringLiteral("--criterion"),
                          QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"), QStringLiteral("2"),
                          QStringLiteral("--comment"), QStringLiteral("Comment {tag}")}});
    // Four first scores at once make the missing review file four times.
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--as"),
                     QStringLiteral("{reviewer}"), QStringLiteral("--reviewer"), QStringLiteral("{reviewer}"),
                     QStringLiteral("--review"), QStringLiteral("{out}/ana.review"), QStringLiteral("--criterion"),
                     QStringLiteral("personal.interpersonal"), QStringLiteral("--rating"), QStringLiteral("2")}});
}

void ScoreCommand::configureOptions(QCommandLineParser& parser)
{
    configureReviewer(parser);
    parser.addOption({QStringLiteral("criterion"),
                      tr("The criterion's key, as `profile --json` lists them; \"workshop:KEY\" for a workshop's own, "
                         "\"activity:ID\" for a Stage 3 appraisal."),
                      tr("KEY")});
    parser.addOption({QStringLiteral("rating"), tr("0 to 4; hard requirements 0 (not met) or 1 (met)."), tr("N")});
    parser.addOption({QStringLiteral("clear"),
                      tr("Clear your rating of the criterion instead (a draft only; the comment and evidence stay).")});
    parser.addOption({QStringLiteral("comment"), tr("Your comment."), tr("TEXT")});
    parser.addOption({QStringLiteral("evidence"), tr("What the rating rests on."), tr("TEXT")});
    addRoundOption(parser, tr("the round of the criterion (workshop for \"workshop:KEY\", field_assessment for "
                              "\"activity:ID\", else selection)"));
}

int ScoreCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    bool numeric = false;
    parser.value(QStringLiteral("rating")).toInt(&numeric);
    const bool clear = parser.isSet(QStringLiteral("clear"));
    if (clear && parser.isSet(QStringLiteral("rating"))) {
        err << tr("Give either --rating N or --clear, not both.") << Qt::endl;
        return UsageError;
    }
    if ((!numeric && !clear) || !parser.isSet(QStringLiteral("criterion")) ||
        !parser.isSet(QStringLiteral("reviewer"))) {
        err << tr("Give --reviewer R, --criterion KEY and --rating N (a whole number from 0 to %1), or --clear.")
                   .arg(Score::kMaxRating)
            << Qt::endl;
        return UsageError;
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    return ReviewerCommand::checkArguments(parser, err);
}

int ScoreCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const int rating = parser.value(QStringLiteral("rating")).toInt();  // checked: a whole number
    const auto session = openSession(parser, store, err);
    if (!session) {
        return Failure;
    }
    const Candidate& candidate = *session->candidate;
    ReviewFile& review = *session->review;
    const QString key = parser.value(QStringLiteral("criterion"));
    const PipelineStep round = roundOption(parser, AssessmentRound::roundOfKey(key));
    if (parser.isSet(QStringLiteral("clear"))) {
        const auto own = review.scores();
        if (!own.ok()) {
            err << own.message() << Qt::endl;
            return Failure;
        }
        Score asRead;
        asRead.candidateId = candidate.meta.id;
        asRead.reviewerId = review.identity().reviewerId;
        asRead.round = round;
        asRead.criterionKey = key;
        for (const Score& existing : own.value()) {
            if (existing.candidateId == candidate.meta.id && existing.round == round && existing.criterionKey == key) {
                asRead = existing;
            }
        }
        const auto cleared = ReviewerWork::clearRating(store, review, asRead);
        if (!cleared.ok()) {
            err << cleared.message() << Qt::endl;
            return Failure;
        }
        const auto form = store.assessment().scoringForm(candidate.meta.id, round);
        const auto after = review.scores();
        const QList<Score> mine = form.value().ofThisForm(after.ok() ? after.value() : QList<Score>());
        out << tr("Cleared your rating of %1 on \"%2\" in %3 (draft; %4).")
                   .arg(candidate.displayName(), form.value().criterion(key) ? form.value().criterion(key)->name : key,
                        labelOf(round), form.value().progressText(form.value().ratedCount(mine)))
            << Qt::endl;
        return Success;
    }
    // The command line sets the rating whatever was saved before, so a score saved meanwhile
    // by another window or process (a conflict) is read again and the change made on it.
    Result<Score> saved = Result<Score>::failure(ErrorCode::Conflict, QString());
    for (int attempt = 0; attempt < 5 && !saved.ok() && saved.code() == ErrorCode::Conflict; ++attempt) {
        QString comment;
        QString evidence;
        for (const Score& existing : review.scores().value()) {
            if (existing.candidateId == candidate.meta.id && existing.round == round && existing.criterionKey == key) {
                comment = existing.comment;
                evidence = existing.evidence;
            }
        }
        if (parser.isSet(QStringLiteral("comment"))) {
            comment = parser.value(QStringLiteral("comment"));
        }
        if (parser.isSet(QStringLiteral("evidence"))) {
            evidence = parser.value(QStringLiteral("evidence"));
        }
        saved = ReviewerWork::saveDraft(store, review, candidate.meta.id, round, key, rating, comment, evidence);
    }
    if (!saved.ok()) {
        err << saved.message() << Qt::endl;
        return Failure;
    }
    const auto form = store.assessment().scoringForm(candidate.meta.id, round);
    const auto own = review.scores();
    const QList<Score> mine = form.value().ofThisForm(own.ok() ? own.value() : QList<Score>());
    // Named as the round shows them: under their code when that round is anonymised.
    const auto shown = store.candidates().byIdIn(candidate.meta.id, round);
    out << tr("Scored %1 on \"%2\" in %3: %4 (draft; %5).")
               .arg(shown.ok() ? shown.value().displayName() : CandidateDisclosure::codeOf(candidate.meta.id),
                    form.value().criterion(key)->name, labelOf(round), form.value().ratingLabel(key, rating),
                    form.value().progressText(form.value().ratedCount(mine)))
        << Qt::endl;
    return Success;
}
