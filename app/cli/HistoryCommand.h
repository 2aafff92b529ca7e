// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Show every decision about a candidate, oldest first.

#include "FileCommand.h"

/// `history FILE CANDIDATE [--json]`
class HistoryCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
