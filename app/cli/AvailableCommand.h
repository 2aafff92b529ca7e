// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Find the accredited advisors free for planned dates, ranked by fit.

#include "FileCommand.h"

struct PlannedActivity;

/// `available FILE --from DATE --to DATE [--language L] [--region R] [--topic TOPIC]… [--online]
/// [--json]`
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
