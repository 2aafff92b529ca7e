// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record a participant's availability commitment (point 5 of the call).

#include "FileCommand.h"

/// `commitment FILE CANDIDATE --given DATE --how TEXT`
class CommitmentCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentCommand)

public:
    CommitmentCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
