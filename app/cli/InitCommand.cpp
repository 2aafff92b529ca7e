// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "demo/DemoFile.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), tr("Create a new, empty Accreditation Desk file."))
{
    declareCreates({{QStringLiteral("{out}/new.accred")}});
}

void InitCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create (it must not exist)."));
}

int InitCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString path = parser.positionalArguments().constFirst();
    const auto created = Store::create(path, actor());
    if (!created.ok()) {
        err << created.message() << Qt::endl;
        return Failure;
    }
    out << tr("Created %1.").arg(QDir::toNativeSeparators(created.value()->path())) << Qt::endl;
    return Success;
}
