// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Close (or reopen) a step of a workshop's round.

#include "FileCommand.h"

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
