// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `init FILE` (a new empty file) and `demo FILE` (the Kashiwa demo).

#include "Command.h"

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
