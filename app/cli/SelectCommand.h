// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Propose the best participants for a workshop's seats, with reasons. Only reads the file.

#include "FileCommand.h"

struct SelectionRules;

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
