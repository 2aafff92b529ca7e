#pragma once
// `audit FILE [--candidate C] [--json]`: the audit trail, of the file or of one candidate.

#include "Command.h"

class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
