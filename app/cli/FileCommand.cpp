#include "FileCommand.h"

#include <QCommandLineParser>

FileCommand::FileCommand(QString name, QString summary, Store::Access access)
    : Command(std::move(name), std::move(summary))
    , m_access(access)
{
}

int FileCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const auto store = openStore(parser.positionalArguments().constFirst(), m_access, err);
    if (!store) {
        return Failure;
    }
    return executeOn(parser, *store, out, err);
}
