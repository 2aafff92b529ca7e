#pragma once
// `check FILE`: integrity, references, format version, the pipeline's invariants and the
// audit chain; exit 1 on any problem. Opens the file read-only and never changes it.

#include "Command.h"

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
