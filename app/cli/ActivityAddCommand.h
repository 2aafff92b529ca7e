// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record an activity and who takes part in it (officers).

#include "FileCommand.h"

class Activity;

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
