// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Show a workshop's Stage 2 results: each participant's ratings on the workshop's own
// criteria from each assessor, the mean, the consensus and the outcome. Only reads the
// file; a reviewer sees what the window shows them (ScoreVisibility).

#include "FileCommand.h"

/// `results FILE WORKSHOP [--json]`
class ResultsCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)

public:
    ResultsCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
