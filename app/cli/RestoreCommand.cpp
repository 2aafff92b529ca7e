// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"),
              tr("Write a new file from a backup, after checking the backup. Never replaces a file."))
{
    declarePositionals(2, 2);
    declareCreates({{QStringLiteral("{backup}"), QStringLiteral("{out}/restored.accred")}});
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
