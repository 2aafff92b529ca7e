// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Write a new file from a backup, after checking the backup. Never replaces a file.

#include "Command.h"

/// `restore BACKUP OUT`: a new file from a verified backup.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
