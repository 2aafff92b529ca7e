// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the accredited advisors with the weeks of their commitment.

#include "FileCommand.h"

/// `pool FILE [--json]`: weeks used and left of each advisor's commitment.
class PoolCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PoolCommand)

public:
    PoolCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
