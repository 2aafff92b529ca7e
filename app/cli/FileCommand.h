// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command that works on one Accreditation Desk file, named by its first positional argument
// (FILE): the base opens it with the access the command declares, prints why when it cannot,
// and hands the command the open store, so that no command repeats "open, check, print".
// FILE counts among the positionals (Command::declarePositionals): a command with FILE alone
// keeps Command's default of one.

#include "Command.h"

class FileCommand : public Command
{
public:
    /// `access` is how the command opens FILE: ReadOnly, or Edit for a command that declares
    /// its writes (Command::declareWrites).
    /// `fileHelp` describes FILE in the command's help ("The Accreditation Desk file." when
    /// empty).
    FileCommand(QString name, QString summary, Store::Access access, QString fileHelp = {});

protected:
    /// The command's options and its positional arguments after FILE, which the base declares.
    virtual void configureOptions(QCommandLineParser& parser);
    /// What the command line must say besides FILE, checked before FILE is opened so that a
    /// usage error is told first: Success, or the exit code after printing what is wrong.
    virtual int checkArguments(const QCommandLineParser& parser, QTextStream& err) const;
    /// How FILE is opened; by default as declared, for a command whose options decide.
    virtual Store::Access access(const QCommandLineParser& parser) const;
    /// What the open checks before the command reads (Store::OpenCheck): AsRead for a
    /// read-only command that creates no file, then the command fails if it met damage.
    virtual Store::OpenCheck openCheck(const QCommandLineParser& parser) const;
    /// Runs the command on FILE, open as declared.
    virtual int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) = 0;

private:
    void configure(QCommandLineParser& parser) final;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) final;

    Store::Access m_access;
    QString m_fileHelp;
};
