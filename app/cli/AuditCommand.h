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

/// The candidate a command-line argument names: an id, or a name that matches one
/// candidate only. Null with a message when it names none or several.
class Candidate;
Result<Candidate> findCandidate(const Store& store, const QString& argument);
