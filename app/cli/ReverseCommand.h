// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reverse a candidate's latest decision with a new one (history is kept).

#include "FileCommand.h"

/// `reverse FILE CANDIDATE --reason TEXT`: reverses the candidate's latest decision.
class ReverseCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReverseCommand)

public:
    ReverseCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
