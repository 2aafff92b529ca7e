// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Declare a conflict of interest with a candidate (reviewers): your assignment is removed when the
// officer imports your review file, and you no longer see the candidate's scores.

#include "ReviewerCommand.h"

class DeclareConflictCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeclareConflictCommand)

public:
    DeclareConflictCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
