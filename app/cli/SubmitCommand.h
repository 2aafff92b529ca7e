// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Submit your scores of a candidate (reviewers): final, and then you see the other reviewers'.

#include "ReviewerCommand.h"

class SubmitCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)

public:
    SubmitCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
