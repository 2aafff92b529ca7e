// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "demo/DemoFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"),
              tr("Create the demo file: the Kashiwa, Japan workshop of 10-13 October 2023 with fourteen fictional "
                 "candidates."))
{
    declareCreates({{QStringLiteral("{out}/demo.accred")}});
}

void DemoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to create (it must not exist)."));
}

int DemoCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString path = parser.positionalArguments().constFirst();
    if (auto created = DemoFile::create(path, actor()); !created.ok()) {
        err << created.message() << Qt::endl;
        return Failure;
    }
    out << tr("Created the demo file %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}
