// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record the consensus rating of a candidate on one criterion (officers), apart from the
// reviewers' scores.

#include "FileCommand.h"

class ConsensusCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsensusCommand)

public:
    ConsensusCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
