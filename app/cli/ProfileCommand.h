#pragma once
// `profile FILE [--json]`: the competence profile in force, group by group.

#include "Command.h"

class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    ProfileCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
