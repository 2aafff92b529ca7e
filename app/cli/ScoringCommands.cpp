// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringCommands.h"

#include "People.h"
#include "Assessment.h"
#include "AssessmentRecords.h"
#include "Lookup.h"
#include "Candidate.h"
#include "Person.h"
#include "RecordJson.h"
#include "ReviewFile.h"
#include "ReviewRules.h"
#include "ReviewerWork.h"
#include "Score.h"
#include "ScoringForm.h"
#include "TextTable.h"
#include "Workshop.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

ReviewersCommand::ReviewersCommand()
    : FileCommand(QStringLiteral("reviewers"),
                  tr("List the reviewers with the candidates assigned to them, submitted and declared conflicts."),
                  Store::Access::ReadOnly)
{
}

void ReviewersCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int ReviewersCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto people = store.people().all();
    const auto assignments = store.assessment().assignments();
    const auto conflicts = store.assessment().conflictDeclarations();
    const auto scores = store.assessment().scores();
    if (!people.ok() || !assignments.ok() || !conflicts.ok() || !scores.ok()) {
        err << tr("Could not read the reviewers.") << Qt::endl;
        return Failure;
    }
    QJsonArray array;
    TextTable table(
        {tr("Name"), tr("Account"), tr("Administration"), tr("Assigned"), tr("Submitted"), tr("Conflicts declared")});
    for (const Person& p : people.value()) {
        if (p.role != PersonRole::Reviewer) {
            continue;
        }
        QJsonArray assigned;
        int submitted = 0;
        for (const ReviewerAssignment& a : assignments.value()) {
            if (a.reviewerId == p.meta.id) {
                assigned.append(a.candidateId.toString(QUuid::WithoutBraces));
                submitted += ReviewRules::hasSubmitted(scores.value(), p.meta.id, a.candidateId) ? 1 : 0;
            }
        }
        const int declared =
            int(std::count_if(conflicts.value().cbegin(), conflicts.value().cend(),
                              [&](const ConflictDeclaration& d) { return d.reviewerId == p.meta.id; }));
        QJsonObject json = RecordJson::toJson(p);
        json.insert(QStringLiteral("assigned"), assigned);
        json.insert(QStringLiteral("submitted"), submitted);
        json.insert(QStringLiteral("conflicts_declared"), declared);
        array.append(json);
        table.addRow({p.name, p.account, p.administration, QString::number(assigned.size()), QString::number(submitted),
                      QString::number(declared)});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, array);
    } else {
        table.print(out);
    }
    return Success;
}

AssignCommand::AssignCommand()
    : FileCommand(QStringLiteral("assign"),
                  tr("Assign a reviewer to a candidate, or spread the reviewers evenly over a workshop (officers)."),
                  Store::Access::Edit)
{
    declarePositionals(1, 3);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Mensah"), QStringLiteral("{reviewer}")}});
}

void AssignCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."),
                                 QStringLiteral("[CANDIDATE"));
    parser.addPositionalArgument(QStringLiteral("REVIEWER"), tr("The reviewer (id, account or name)."),
                                 QStringLiteral("REVIEWER]"));
    parser.addOption({QStringLiteral("reason"),
                      tr("Why this reviewer may review a candidate of their own administration."), tr("TEXT")});
    parser.addOption({QStringLiteral("remove"), tr("Remove the assignment instead.")});
    parser.addOption({QStringLiteral("spread"),
                      tr("Spread the reviewers evenly over the candidates of a workshop (no CANDIDATE, REVIEWER).")});
    parser.addOption({QStringLiteral("workshop"), tr("The workshop to spread over (id or title)."), tr("WORKSHOP")});
    parser.addOption({QStringLiteral("limit"), tr("At most N candidates per reviewer (with --spread)."), tr("N")});
    parser.addOption({QStringLiteral("per-candidate"),
                      tr("Reviewers each candidate needs (with --spread; 2 by "
                         "default)."),
                      tr("N"), QStringLiteral("2")});
}

int AssignCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const QStringList args = parser.positionalArguments();
    const bool spread = parser.isSet(QStringLiteral("spread"));
    if (spread ? args.size() != 1 || !parser.isSet(QStringLiteral("workshop")) || !parser.isSet(QStringLiteral("limit"))
               : args.size() != 3) {
        err << tr("Give FILE CANDIDATE REVIEWER, or FILE --spread --workshop W --limit N.") << Qt::endl;
        return UsageError;
    }
    bool numbers = true;
    bool second = true;
    if (spread) {
        parser.value(QStringLiteral("limit")).toInt(&numbers);
        parser.value(QStringLiteral("per-candidate")).toInt(&second);
    }
    if (!numbers || !second) {
        err << tr("--limit and --per-candidate take whole numbers.") << Qt::endl;
        return UsageError;
    }
    return Success;
}

int AssignCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList args = parser.positionalArguments();
    const bool spread = parser.isSet(QStringLiteral("spread"));
    // checkArguments made sure these are whole numbers.
    const int limit = spread ? parser.value(QStringLiteral("limit")).toInt() : 0;
    const int perCandidate = spread ? parser.value(QStringLiteral("per-candidate")).toInt() : 0;
    if (spread) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            err << workshop.message() << Qt::endl;
            return Failure;
        }
        const int before = int(store.assessment().assignments().value().size());
        const auto shortfalls = store.assessment().spreadReviewers(workshop.value().meta.id, limit, perCandidate);
        if (!shortfalls.ok()) {
            err << shortfalls.message() << Qt::endl;
            return Failure;
        }
        out << tr("Made %n assignment(s) for %1.", nullptr,
                  int(store.assessment().assignments().value().size()) - before)
                   .arg(workshop.value().title)
            << Qt::endl;
        for (const QString& line : shortfalls.value()) {
            out << line << Qt::endl;
        }
        return Success;
    }
    const auto candidate = findCandidate(store, args.at(1));
    const auto reviewer = findPerson(store, args.at(2));
    if (!candidate.ok() || !reviewer.ok()) {
        err << (candidate.ok() ? reviewer.message() : candidate.message()) << Qt::endl;
        return Failure;
    }
    const Status done = parser.isSet(QStringLiteral("remove"))
                            ? store.assessment().unassignReviewer(candidate.value().meta.id, reviewer.value().meta.id)
                            : store.assessment().assignReviewer(candidate.value().meta.id, reviewer.value().meta.id,
                                                                parser.value(QStringLiteral("reason")));
    if (!done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << (parser.isSet(QStringLiteral("remove")) ? tr("%1 no longer reviews %2.") : tr("%1 now reviews %2."))
               .arg(reviewer.value().name, candidate.value().displayName())
        << Qt::endl;
    return Success;
}

SubmitCommand::SubmitCommand()
    : ReviewerCommand(QStringLiteral("submit"),
                      tr("Submit your scores of a candidate (reviewers): final, and then you see the other "
                         "reviewers'."))
{
    declareReviewWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--as"),
                          QStringLiteral("{reviewer}"), QStringLiteral("--reviewer"), QStringLiteral("{reviewer}"),
                          QStringLiteral("--review"), QStringLiteral("{review}")}});
}

void SubmitCommand::configureOptions(QCommandLineParser& parser)
{
    configureReviewer(parser);
}

int SubmitCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!parser.isSet(QStringLiteral("reviewer"))) {
        err << tr("Name the reviewer with --reviewer.") << Qt::endl;
        return UsageError;
    }
    return ReviewerCommand::checkArguments(parser, err);
}

int SubmitCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto session = openSession(parser, store, err);
    if (!session) {
        return Failure;
    }
    if (auto done = ReviewerWork::submit(*session->store, *session->review, session->candidate->meta.id); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << tr("Submitted your scores of %1; the officer imports them from %2.")
               .arg(session->candidate->displayName(), session->review->path())
        << Qt::endl;
    return Success;
}

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
                    QStringLiteral("--comment"), QStringLiteral("{tag}")}});
}

void ConsensusCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."));
    parser.addOption(
        {QStringLiteral("criterion"), tr("The criterion's key (\"workshop:KEY\" for a workshop's own)."), tr("KEY")});
    parser.addOption({QStringLiteral("rating"), tr("On the profile's scale; hard requirements 0 or 1."), tr("N")});
    parser.addOption({QStringLiteral("comment"), tr("What the reviewers agreed on."), tr("TEXT")});
}

int ConsensusCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    bool numeric = false;
    parser.value(QStringLiteral("rating")).toInt(&numeric);
    if (!numeric || !parser.isSet(QStringLiteral("criterion"))) {
        err << tr("Give --criterion KEY and --rating N (a whole number).") << Qt::endl;
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
    consensus.rating = rating;
    consensus.comment = parser.value(QStringLiteral("comment"));
    if (auto done = store.assessment().recordConsensus(consensus); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    const auto form = store.assessment().scoringForm(consensus.candidateId);
    out << tr("Consensus for %1 on \"%2\": %3.")
               .arg(candidate.value().displayName(),
                    form.ok() && form.value().criterion(consensus.criterionKey)
                        ? form.value().criterion(consensus.criterionKey)->name
                        : consensus.criterionKey,
                    form.ok() ? form.value().ratingLabel(consensus.criterionKey, rating) : QString::number(rating))
        << Qt::endl;
    return Success;
}

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
