// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

BackupCommand::BackupCommand()
    : FileCommand(QStringLiteral("backup"), tr("Write a verified copy of a file, even while someone is editing it."),
                  Store::Access::ReadOnly)
{
    declarePositionals(2, 2);
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("{out}/copy.accred")}});
}

void BackupCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The backup to write (it must not exist)."));
}

int BackupCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QString target = parser.positionalArguments().at(1);
    if (auto done = store.backupTo(target); !done.ok()) {
        err << done.message() << Qt::endl;
        return Failure;
    }
    out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Success;
}
