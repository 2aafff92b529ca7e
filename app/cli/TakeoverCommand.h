#pragma once
// `takeover FILE`: takes over an editing lease whose holder shows no sign of life (a
// window left open on a machine that went away, a command that was killed), as the
// window's "take over editing" does. Refused while the holder is alive. The takeover is
// recorded in the audit trail; the lease is handed back when the command ends, so the
// next command takes it as usual.

#include "Command.h"

class TakeoverCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TakeoverCommand)

public:
    TakeoverCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
