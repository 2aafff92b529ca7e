// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCommand.h"

#include <QCommandLineParser>

FileCommand::FileCommand(QString name, QString summary, Store::Access access, QString fileHelp)
    : Command(std::move(name), std::move(summary))
    , m_access(access)
    , m_fileHelp(fileHelp.isEmpty() ? tr("The Accreditation Desk file.") : std::move(fileHelp))
{
}

void FileCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), m_fileHelp);
    configureOptions(parser);
}

void FileCommand::configureOptions(QCommandLineParser& /*parser*/) { }

int FileCommand::checkArguments(const QCommandLineParser& /*parser*/, QTextStream& /*err*/) const
{
    return Success;
}

Store::Access FileCommand::access(const QCommandLineParser& /*parser*/) const
{
    return m_access;
}

int FileCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    if (const int checked = checkArguments(parser, err); checked != Success) {
        return checked;
    }
    const auto store = openStore(parser.positionalArguments().constFirst(), access(parser), err);
    if (!store) {
        return Failure;
    }
    return executeOn(parser, *store, out, err);
}
