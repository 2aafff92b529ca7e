#include "ReviewCommands.h"

#include "AuditCommand.h"
#include "Candidate.h"
#include "CompetenceProfile.h"
#include "Person.h"
#include "ReviewFile.h"
#include "Score.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

ReviewInitCommand::ReviewInitCommand()
    : Command(QStringLiteral("review-init"),
              tr("Make your review file for a shared file (reviewers): your scores go there, never into the "
                 "shared file."))
{
}

void ReviewInitCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The shared Accreditation Desk file."));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("The review file to make (it must not exist)."));
}

int ReviewInitCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const auto store = openStore(parser.positionalArguments().at(0), Store::Access::ReadOnly, err);
    if (!store) {
        return Failure;
    }
    const auto people = store->people();
    const auto fileId = store->fileId();
    if (!people.ok() || !fileId.ok()) {
        err << (people.ok() ? fileId.message() : people.message()) << Qt::endl;
        return Failure;
    }
    const auto me = std::find_if(people.value().cbegin(), people.value().cend(),
                                 [&](const Person& p) { return p.meta.id == store->personId(); });
    if (me == people.value().cend() || me->role != PersonRole::Reviewer) {
        err << tr("Only a reviewer recorded in the file can make a review file; you are recorded as %1.")
                   .arg(labelOf(store->role()))
            << Qt::endl;
        return Failure;
    }
    const auto created = ReviewFile::create(parser.positionalArguments().at(1), fileId.value(), *me);
    if (!created.ok()) {
        err << created.message() << Qt::endl;
        return Failure;
    }
    out << tr("Made the review file %1 for %2.").arg(QDir::toNativeSeparators(created.value()->path()), me->name)
        << Qt::endl;
    return Success;
}

ScoreCommand::ScoreCommand()
    : Command(QStringLiteral("score"), tr("Record one of your scores in your review file."))
{
}

void ScoreCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The shared Accreditation Desk file."));
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("Your review file."));
    parser.addOption({QStringLiteral("candidate"), tr("The candidate (id or name)."), tr("CANDIDATE")});
    parser.addOption({QStringLiteral("criterion"), tr("The criterion's key, as `profile --json` lists them."),
                      tr("KEY")});
    parser.addOption({QStringLiteral("rating"), tr("0 to 4; hard requirements 0 (not met) or 1 (met)."),
                      tr("N")});
    parser.addOption({QStringLiteral("comment"), tr("Your comment."), tr("TEXT")});
    parser.addOption({QStringLiteral("evidence"), tr("What the rating rests on."), tr("TEXT")});
    parser.addOption({QStringLiteral("submit"), tr("Submit the score (no longer a draft).")});
}

int ScoreCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    bool numeric = false;
    const int rating = parser.value(QStringLiteral("rating")).toInt(&numeric);
    if (!numeric) {
        err << tr("--rating takes a whole number from 0 to %1.").arg(Score::kMaxRating) << Qt::endl;
        return UsageError;
    }
    const auto store = openStore(parser.positionalArguments().at(0), Store::Access::ReadOnly, err);
    if (!store) {
        return Failure;
    }
    auto review = ReviewFile::open(parser.positionalArguments().at(1));
    if (!review.ok()) {
        err << review.message() << Qt::endl;
        return Failure;
    }
    if (review.value()->identity().sharedFileId != store->fileId().value()) {
        err << tr("This review file was made for another accreditation file.") << Qt::endl;
        return Failure;
    }
    if (review.value()->identity().reviewerId != store->personId()) {
        err << tr("This is %1's review file; you cannot score in it.").arg(review.value()->identity().reviewerName)
            << Qt::endl;
        return Failure;
    }
    const auto candidate = findCandidate(*store, parser.value(QStringLiteral("candidate")));
    if (!candidate.ok()) {
        err << candidate.message() << Qt::endl;
        return Failure;
    }
    const auto profile = store->currentProfile();
    if (!profile.ok()) {
        err << profile.message() << Qt::endl;
        return Failure;
    }
    const QString key = parser.value(QStringLiteral("criterion"));
    std::optional<Criterion> criterion;
    for (const CriterionGroup& group : profile.value().groups) {
        for (const Criterion& c : group.criteria) {
            criterion = c.key == key ? std::optional<Criterion>(c) : criterion;
        }
    }
    if (!criterion) {
        err << tr("The profile has no criterion \"%1\"; `profile FILE --json` lists the keys.").arg(key) << Qt::endl;
        return Failure;
    }
    if (criterion->kind == CriterionKind::Hard && rating > 1) {
        err << tr("\"%1\" is a hard requirement: rate it 1 (met) or 0 (not met).").arg(criterion->name) << Qt::endl;
        return Failure;
    }
    Score score;
    for (const Score& existing : review.value()->scores().value()) {
        if (existing.candidateId == candidate.value().meta.id && existing.criterionKey == key) {
            score = existing;
        }
    }
    score.reviewerId = review.value()->identity().reviewerId;
    score.candidateId = candidate.value().meta.id;
    score.criterionKey = key;
    score.profileVersion = profile.value().version;
    score.rating = rating;
    if (parser.isSet(QStringLiteral("comment"))) {
        score.comment = parser.value(QStringLiteral("comment"));
    }
    if (parser.isSet(QStringLiteral("evidence"))) {
        score.evidence = parser.value(QStringLiteral("evidence"));
    }
    if (parser.isSet(QStringLiteral("submit"))) {
        score.submittedAt = QDateTime::currentDateTimeUtc();
    }
    const auto saved = review.value()->saveScore(score);
    if (!saved.ok()) {
        err << saved.message() << Qt::endl;
        return Failure;
    }
    out << tr("Scored %1 on \"%2\": %3.").arg(candidate.value().displayName(), criterion->name).arg(rating) << Qt::endl;
    return Success;
}

ImportReviewCommand::ImportReviewCommand()
    : Command(QStringLiteral("import-review"),
              tr("Import a reviewer's review file into the shared file (officers). Importing again is harmless."))
{
}

void ImportReviewCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The shared Accreditation Desk file."));
    parser.addPositionalArgument(QStringLiteral("REVIEW_FILE"), tr("The review file to import."));
}

int ImportReviewCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const auto store = openStore(parser.positionalArguments().at(0), Store::Access::Edit, err);
    if (!store) {
        return Failure;
    }
    const auto imported = store->importReview(parser.positionalArguments().at(1));
    if (!imported.ok()) {
        err << imported.message() << Qt::endl;
        return Failure;
    }
    if (imported.value().scoresChanged == 0) {
        out << tr("%1's review file holds nothing new; nothing changed.").arg(imported.value().reviewerName)
            << Qt::endl;
    } else {
        out << tr("Imported %1 of %2 scores from %3's review file.")
                   .arg(imported.value().scoresChanged)
                   .arg(imported.value().scoresInFile)
                   .arg(imported.value().reviewerName)
            << Qt::endl;
    }
    return Success;
}
