#include "BackupCommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), tr("Write a verified copy of a file, even while someone is editing it."))
{
}

void BackupCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Accreditation Desk file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The backup to write (it must not exist)."));
}

int BackupCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const auto store = openStore(parser.positionalArguments().at(0), Store::Access::ReadOnly, err);
    if (!store) {
        return Failure;
    }
    const QString target = parser.positionalArguments().at(1);
    if (auto done = store->backupTo(target); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Success;
}

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              tr("Write a new file from a backup, after checking the backup. Never replaces a file."))
{
}

void RestoreCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup to restore."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The new file to write (it must not exist)."));
}

int RestoreCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString target = parser.positionalArguments().at(1);
    if (auto done = Store::restore(parser.positionalArguments().at(0), target, actor()); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << tr("Restored to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Success;
}
