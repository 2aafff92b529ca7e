// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Create a new, empty Accreditation Desk file.

#include "Command.h"

/// `init FILE`: a new empty file.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
