// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record a decision that moves a candidate to another stage.

#include "FileCommand.h"

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
