#pragma once
// `backup FILE OUT` (a verified copy, even while someone writes) and
// `restore BACKUP OUT` (a new file from a verified backup).

#include "Command.h"

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int minimumPositionals() const override { return 2; }
    int maximumPositionals() const override { return 2; }
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();

protected:
    void configure(QCommandLineParser& parser) override;
    int minimumPositionals() const override { return 2; }
    int maximumPositionals() const override { return 2; }
    int execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) override;
};
