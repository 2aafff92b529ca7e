// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record the workshop (the call) a candidate applies to, without a seat, or withdraw the
// application. The seat comes with selection (`advance --to selected`) or `enrol`.

#include "FileCommand.h"

/// `apply FILE CANDIDATE --workshop W | --none`
class ApplyCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    ApplyCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
