// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Create the demo file: the Kashiwa, Japan workshop of 10-13 October 2023 with fourteen fictional
// candidates.

#include "Command.h"

/// `demo FILE`: the Kashiwa demo.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
