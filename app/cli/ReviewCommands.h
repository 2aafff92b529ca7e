// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reviewer's work without writing the shared file: `review-init FILE REVIEW` makes their
// review file, `score FILE CANDIDATE --reviewer R …` records a score in it (made beside the
// shared file when missing), `declare-conflict` records that they cannot judge a candidate,
// and the officer's `import-review FILE REVIEW` brings both into the shared file.

#include "FileCommand.h"
#include "ReviewerCommand.h"

class ReviewInitCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewInitCommand)

public:
    ReviewInitCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class ScoreCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class DeclareConflictCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeclareConflictCommand)

public:
    DeclareConflictCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class ImportReviewCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportReviewCommand)

public:
    ImportReviewCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
