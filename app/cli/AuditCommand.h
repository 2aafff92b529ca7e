// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `audit FILE [--candidate C] [--json] [--housekeeping] [--fields]`: the audit trail, of the file or
// of one candidate, in sentences (AuditSentence) without housekeeping unless asked; raw in JSON.

#include "FileCommand.h"

class AuditCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
