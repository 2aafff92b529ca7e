// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Write a verified copy of a file, even while someone is editing it.

#include "FileCommand.h"

/// `backup FILE OUT`: a verified copy, even while someone writes.
class BackupCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
