#pragma once
// A reviewer's work without writing the shared file: `review-init FILE REVIEW` makes their
// review file, `score FILE CANDIDATE --reviewer R …` records a score in it (made beside the
// shared file when missing), and the officer's `import-review FILE REVIEW` brings the
// scores into the shared file.

#include "Command.h"

class ReviewInitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReviewInitCommand)

public:
    ReviewInitCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int minimumPositionals() const override { return 2; }
    int maximumPositionals() const override { return 2; }
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};

class ScoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int minimumPositionals() const override { return 2; }
    int maximumPositionals() const override { return 2; }
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};

class ImportReviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportReviewCommand)

public:
    ImportReviewCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int minimumPositionals() const override { return 2; }
    int maximumPositionals() const override { return 2; }
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
