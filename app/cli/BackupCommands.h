// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `backup FILE OUT` (a verified copy, even while someone writes), `restore BACKUP OUT`
// (a new file from a verified backup) and `settings FILE [--backups-to-keep N]`.

#include "FileCommand.h"

class BackupCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class SettingsCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    SettingsCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
