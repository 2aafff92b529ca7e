#pragma once
// `candidates FILE [--json]`: the candidates of a file with their stage.

#include "Command.h"

class CandidatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesCommand)

public:
    CandidatesCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
