// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCommand.h"

#include <QCommandLineParser>
#include <QDir>

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

Store::OpenCheck FileCommand::openCheck(const QCommandLineParser& parser) const
{
    // A read-only command that only prints leaves the tables to be checked as it reads them
    // (docs/performance.md, "What an open checks"); a command that writes files from what it
    // reads checks every table first, so that no file is made from a damaged one.
    return access(parser) == Store::Access::ReadOnly && createSamples().isEmpty() ? Store::OpenCheck::AsRead
                                                                                  : Store::OpenCheck::EveryTable;
}

int FileCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    if (const int checked = checkArguments(parser, err); checked != Success) {
        return checked;
    }
    const auto store = openStore(parser.positionalArguments().constFirst(), access(parser), err, openCheck(parser));
    if (!store) {
        return Failure;
    }
    const int result = executeOn(parser, *store, out, err);
    if (store->damageMetSinceOpen()) {
        // Whatever the command made of the failed read (an error, or the end of a list), a
        // damaged page was met: the command fails, whatever it printed is not to be trusted.
        out.flush();
        err << tr("\"%1\" is damaged: a page this command read is broken, so what it printed may be incomplete. "
                  "Nothing was changed. Run \"accreditation-desk-cli check %1\" to see what is damaged, and "
                  "restore the latest backup.")
                   .arg(QDir::toNativeSeparators(store->path()))
            << Qt::endl;
        return Failure;
    }
    return result;
}
