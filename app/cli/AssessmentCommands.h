// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The assessment's numbers from a terminal: the Stage 1 ranking of a workshop against its
// seats, how far its reviewers agree, and the selection helper's proposal with a reason for
// every pick and every candidate left out. All three only read the file.

#include "FileCommand.h"

struct SelectionRules;

/// `ranking FILE --workshop W [--json]`
class RankingCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankingCommand)

public:
    RankingCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `agreement FILE --workshop W [--json]`, or `agreement --ratings CSV [--json]` for a plain
/// table of subject, rater, rating typed in from paper sheets.
class AgreementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    AgreementCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};

/// `select FILE --workshop W [--max-per-administration K] [--min-per-gender G=N]…
/// [--min-per-region R=N]… [--json]`
class SelectCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SelectCommand)

public:
    SelectCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    /// Reads the options into `rules`; Success, or the exit code after printing what is wrong.
    static int readOptions(const QCommandLineParser& parser, QTextStream& err, SelectionRules& rules);
};
