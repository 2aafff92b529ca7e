// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One subcommand of accreditation-desk-cli. The base class owns the conventions every
// subcommand shares: --help, usage errors on stderr with exit 2, failures with exit 1.

#include "store/Actor.h"
#include "Result.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QJsonValue;
class QTextStream;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    Command(QString name, QString summary);
    virtual ~Command();

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }

    /// Whether the command can change the shared file, and how: the arguments after the
    /// command's name of invocations that do, which the concurrency test
    /// (tests/cli/TestWriteCommandsConcurrently.cpp) runs from 4 processes at once on a copy
    /// of the demo file. Placeholders: {file}; {tag}, a word that differs in every run and
    /// that the run's audit entry must show; {n}, a number (101 to 199) that differs in every
    /// run; {run}, the same number where it must not be looked for in the trail (a folder);
    /// {csv}, a one-row applications spreadsheet naming {tag}; {dir}, a scratch folder;
    /// {reviewer}, a reviewer the test records; {review}, that reviewer's review file.
    /// Other names are the demo file's. Empty for a command that only reads.
    const QList<QStringList>& writeSamples() const { return m_writeSamples; }
    bool writes() const { return !m_writeSamples.isEmpty(); }
    /// Whether the command writes a reviewer's review file, and how: invocations, with the
    /// placeholders above, that the concurrency test runs from 4 processes at once on one
    /// copy of {review}. ReviewerCommand::openSession refuses a command that did not declare.
    const QList<QStringList>& reviewWriteSamples() const { return m_reviewWriteSamples; }
    /// Whether the command creates files, and how: invocations that the concurrency test
    /// runs from 4 processes at once, all making the same target: each path under {out} (a
    /// folder empty before) is what they make; {backup} is a backup of the demo file, {file}
    /// a copy of it. run() refuses a command that made a file it names without declaring.
    const QList<QStringList>& createSamples() const { return m_createSamples; }

    /// Runs the command; `arguments` starts with the command's own name.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    /// Prints core's refusal (or any failure) on `err`; returns Failure.
    static int fail(QTextStream& err, const QString& message);
    /// Prints what is wrong with the command line on `err`; returns UsageError.
    static int usage(QTextStream& err, const QString& message);
    /// Prints an object or an array as indented JSON, for --json.
    static void printJson(QTextStream& out, const QJsonValue& value);
    /// An id as the command line prints and reads it: without braces.
    static QString idText(const QUuid& id);

protected:
    /// Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) = 0;

    /// How many positional arguments the command takes, at least and at most (by default
    /// exactly one, FILE); run() refuses another count with a usage error.
    void declarePositionals(int minimum, int maximum)
    {
        m_minimumPositionals = minimum;
        m_maximumPositionals = maximum;
    }
    /// Declares that the command can change the shared file, with at least one sample
    /// invocation (see writeSamples()). openStore() refuses to open a file for editing for a
    /// command that did not, so a new writing command cannot miss the concurrency test.
    void declareWrites(QList<QStringList> samples) { m_writeSamples = std::move(samples); }
    /// The same for a command that writes a review file (see reviewWriteSamples()).
    void declareReviewWrites(QList<QStringList> samples) { m_reviewWriteSamples = std::move(samples); }
    /// The same for a command that creates files (see createSamples()).
    void declareCreates(QList<QStringList> samples) { m_createSamples = std::move(samples); }

    /// Who the command acts as: the operating-system user, or the person `--as` names.
    Actor actor() const;
    /// Opens a file as actor(); on failure prints why and returns null. `check`: what a
    /// read-only open checks first (Store::OpenCheck).
    std::unique_ptr<Store> openStore(const QString& path, Store::Access access, QTextStream& err,
                                     Store::OpenCheck check = Store::OpenCheck::EveryTable) const;

private:
    QString m_as;
    QString m_name;
    QString m_summary;
    QList<QStringList> m_writeSamples;
    QList<QStringList> m_reviewWriteSamples;
    QList<QStringList> m_createSamples;
    int m_minimumPositionals = 1;
    int m_maximumPositionals = 1;
};

/// Every subcommand, in the order `--help` lists them.
QList<Command*> allCommands();
