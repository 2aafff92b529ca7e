// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline from a terminal: workshops and their seats, enrolment, the screening and
// commitment that the rules need, decisions and their reversal, informing, closing a
// workshop's steps, and a candidate's history. Every refusal is core's, word for word.

#include "FileCommand.h"

class Workshop;

/// `workshop-add FILE --title T --start DATE [--venue V] [--region R] [--capacity N] [--days N] [--assessor A]…`
class WorkshopAddCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopAddCommand)

public:
    WorkshopAddCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    /// Reads the options into `w`; Success, or the exit code after printing what is wrong.
    static int readOptions(const QCommandLineParser& parser, QTextStream& err, Workshop& w);
};

/// `workshops FILE [--json]`: with seats taken and the steps closed.
class WorkshopsCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopsCommand)

public:
    WorkshopsCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `enrol FILE CANDIDATE --workshop W | --none`
class EnrolCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrolCommand)

public:
    EnrolCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `screening FILE CANDIDATE --hard met|not-met --counted N/M [--note T]`, or the pre-check:
/// `--check` shows it, `--confirm [--hard met|not-met --reason T]` records it.
class ScreeningCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCommand)

public:
    ScreeningCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    int preCheck(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err);
};

/// `commitment FILE CANDIDATE --given DATE --how TEXT`
class CommitmentCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentCommand)

public:
    CommitmentCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `advance FILE CANDIDATE --to STAGE --reason TEXT [--workshop W] [--override REASON] [--effective DATE]`
class AdvanceCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdvanceCommand)

public:
    AdvanceCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `reverse FILE CANDIDATE --reason TEXT`: reverses the candidate's latest decision.
class ReverseCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReverseCommand)

public:
    ReverseCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `inform FILE CANDIDATE --channel letter|email|in_person [--date DATE]`
class InformCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(InformCommand)

public:
    InformCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `to-inform FILE [--workshop W] [--json]`
class ToInformCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToInformCommand)

public:
    ToInformCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `close-step FILE --workshop W --step STEP [--reason TEXT] [--reopen]`
class CloseStepCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CloseStepCommand)

public:
    CloseStepCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// `history FILE CANDIDATE [--json]`
class HistoryCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
