// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeclareConflictCommand.h"

#include "domain/Candidate.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

DeclareConflictCommand::DeclareConflictCommand()
    : ReviewerCommand(QStringLiteral("declare-conflict"),
                      tr("Declare a conflict of interest with a candidate (reviewers): your assignment is removed "
                         "when the officer imports your review file, and you no longer see the candidate's scores."))
{
    declareReviewWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--as"), QStringLiteral("{reviewer}"),
          QStringLiteral("--reviewer"), QStringLiteral("{reviewer}"), QStringLiteral("--review"),
          QStringLiteral("{review}"), QStringLiteral("--reason"), QStringLiteral("My cousin {tag}.")}});
}

void DeclareConflictCommand::configureOptions(QCommandLineParser& parser)
{
    configureReviewer(parser);
    parser.addOption(
        {QStringLiteral("reason"), tr("What makes you unable to judge the candidate fairly."), tr("TEXT")});
}

int DeclareConflictCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!parser.isSet(QStringLiteral("reviewer")) || parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        err << tr("Give --reviewer R and --reason TEXT (what makes you unable to judge the candidate fairly).")
            << Qt::endl;
        return UsageError;
    }
    return ReviewerCommand::checkArguments(parser, err);
}

int DeclareConflictCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out,
                                      QTextStream& err)
{
    const auto session = openSession(parser, store, err);
    if (!session) {
        return Failure;
    }
    if (auto done = ReviewerWork::declareConflict(*session->store, *session->review, session->candidate->meta.id,
                                                  parser.value(QStringLiteral("reason")));
        !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << tr("Declared a conflict of interest with %1 in %2; the officer's import removes your assignment.")
               .arg(session->candidate->displayName(), QDir::toNativeSeparators(session->review->path()))
        << Qt::endl;
    return Success;
}
