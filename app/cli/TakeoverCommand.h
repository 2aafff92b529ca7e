// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `takeover FILE`: takes over an editing lease whose holder shows no sign of life (a
// window left open on a machine that went away, a command that was killed), as the
// window's "take over editing" does. Refused while the holder is alive. The takeover is
// recorded in the audit trail; the lease is handed back when the command ends, so the
// next command takes it as usual.

#include "FileCommand.h"

class TakeoverCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(TakeoverCommand)

public:
    TakeoverCommand();

protected:
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
