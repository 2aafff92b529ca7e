// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewerCommand.h"

#include "Lookup.h"
#include "domain/Candidate.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QTextStream>

ReviewerSession::ReviewerSession() = default;
ReviewerSession::~ReviewerSession() = default;

ReviewerCommand::ReviewerCommand(QString name, QString summary)
    : FileCommand(std::move(name), std::move(summary), Store::Access::ReadOnly,
                  tr("The shared Accreditation Desk file."))
{
    declarePositionals(2, 2);  // FILE CANDIDATE
}

void ReviewerCommand::configureReviewer(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("reviewer"), tr("You, the reviewer (account or name)."), tr("REVIEWER")});
    parser.addOption({QStringLiteral("review"),
                      tr("Your review file (by default ACCOUNT.review beside FILE, made when missing)."), tr("PATH")});
}

int ReviewerCommand::checkArguments(const QCommandLineParser& /*parser*/, QTextStream& err) const
{
    if (reviewWriteSamples().isEmpty()) {
        // A programming error, caught by every test that runs the command.
        err << tr("Internal error: \"%1\" writes a review file but does not declare it (Command::declareReviewWrites).")
                   .arg(name())
            << Qt::endl;
        return Failure;
    }
    return Success;
}

std::unique_ptr<ReviewerSession> ReviewerCommand::openSession(const QCommandLineParser& parser, const Store& store,
                                                              QTextStream& err) const
{
    auto session = std::make_unique<ReviewerSession>();
    session->store = &store;
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    const auto reviewer = findPerson(store, parser.value(QStringLiteral("reviewer")));
    if (!candidate.ok() || !reviewer.ok()) {
        err << (candidate.ok() ? reviewer.message() : candidate.message()) << Qt::endl;
        return nullptr;
    }
    if (auto acts = ReviewerWork::checkActsAs(store, reviewer.value().meta.id, reviewer.value().name); !acts.ok()) {
        err << acts.message() << Qt::endl;
        return nullptr;
    }
    const QString path = parser.isSet(QStringLiteral("review"))
                             ? parser.value(QStringLiteral("review"))
                             : ReviewerWork::defaultReviewPath(store.path(), reviewer.value().account);
    auto review = ReviewerWork::openOwn(store, path);
    if (!review.ok()) {
        err << review.message() << Qt::endl;
        return nullptr;
    }
    session->candidate = std::make_unique<Candidate>(candidate.value());
    session->reviewer = std::make_unique<Person>(reviewer.value());
    session->review = std::move(review).value();
    return session;
}
