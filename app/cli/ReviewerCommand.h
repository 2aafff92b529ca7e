// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The base of a reviewer's own commands (`score`, `submit`, `declare-conflict`): they read
// the shared file without writing it, name the candidate and the reviewer, and write the
// reviewer's own review file (ACCOUNT.review beside the shared file unless --review names
// another), which the officer imports.

#include "FileCommand.h"

class Candidate;
class Person;
class ReviewFile;

/// What a reviewer's command works on, once everything it names was found.
struct ReviewerSession {
    ReviewerSession();
    ~ReviewerSession();
    const Store* store = nullptr;  ///< the shared file, read-only (FileCommand opened it)
    std::unique_ptr<Candidate> candidate;
    std::unique_ptr<Person> reviewer;
    std::unique_ptr<ReviewFile> review;  ///< the reviewer's own file, made when missing
};

class ReviewerCommand : public FileCommand
{
public:
    ReviewerCommand(QString name, QString summary);

protected:
    /// CANDIDATE (after FILE), --reviewer and --review.
    void configureReviewer(QCommandLineParser& parser);
    /// Refuses a command that writes a review file without declaring it (a programming error).
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    /// In FILE (open read-only), finds CANDIDATE and the reviewer, checks the reviewer acts as
    /// themselves, and opens their review file. On failure prints why and returns null.
    std::unique_ptr<ReviewerSession> openSession(const QCommandLineParser& parser, const Store& store,
                                                 QTextStream& err) const;
};
