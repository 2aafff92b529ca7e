// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCommand.h"

#include <QCommandLineParser>

FileCommand::FileCommand(QString name, QString summary, Store::Access access)
    : Command(std::move(name), std::move(summary))
    , m_access(access)
{
}

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
