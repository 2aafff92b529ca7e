// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record the outcome of a step's assessment of a candidate (officers), apart from the scores.

#include "FileCommand.h"

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
