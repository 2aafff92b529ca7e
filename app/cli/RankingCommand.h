// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rank a workshop's applicants for Stage 1 against its seats. Only reads the file.

#include "FileCommand.h"

/// `ranking FILE --workshop W [--json]`
class RankingCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankingCommand)

public:
    RankingCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
