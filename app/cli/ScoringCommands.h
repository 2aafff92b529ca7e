// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scoring with several reviewers from the terminal: `reviewers` lists them with their
// load, `assign` gives the officer's assignments (by hand or spread evenly), `submit`
// closes a reviewer's form of a candidate, and `consensus` records the officer's rating.
// `score` (ReviewCommands.h) records a reviewer's rating.

#include "FileCommand.h"
#include "ReviewerCommand.h"

class Person;

class ReviewersCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewersCommand)

public:
    ReviewersCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class AssignCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    AssignCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class SubmitCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)

public:
    SubmitCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class ConsensusCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsensusCommand)

public:
    ConsensusCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `outcome FILE CANDIDATE --step STEP --passed|--not-passed [--note TEXT]`: the officer's
/// outcome of one step's assessment, kept apart from the reviewers' scores.
class OutcomeCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeCommand)

public:
    OutcomeCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
