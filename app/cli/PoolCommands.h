// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The accredited pool from the terminal: `activities`, `activity-add`, `activity-remove`,
// `pool` (weeks used and left of each advisor's commitment) and `available` (who is free
// for planned dates).

#include "FileCommand.h"

class Activity;
struct PlannedActivity;

class ActivitiesCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivitiesCommand)

public:
    ActivitiesCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class ActivityAddCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityAddCommand)

public:
    ActivityAddCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    /// Reads the options into `activity`; Success, or the exit code after printing what is wrong.
    static int readOptions(const QCommandLineParser& parser, QTextStream& err, Activity& activity);
};

/// `activity-remove FILE ACTIVITY [--reason TEXT]`: refused (exit 1) by ActivityRemoval's
/// rule: once Stage 3 appraisals were recorded for it, or without a reason once it has
/// begun with leads or co-facilitators.
class ActivityRemoveCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRemoveCommand)

public:
    ActivityRemoveCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class PoolCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PoolCommand)

public:
    PoolCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class AvailableCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AvailableCommand)

public:
    AvailableCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    /// Reads the options into `planned`; Success, or the exit code after printing what is wrong.
    static int readOptions(const QCommandLineParser& parser, QTextStream& err, PlannedActivity& planned);
};
