// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

CheckCommand::CheckCommand()
    : FileCommand(QStringLiteral("check"),
                  tr("Check a file: integrity, references, format version, the pipeline's rules and the audit trail."),
                  Store::Access::ReadOnly, tr("The Accreditation Desk file (opened read-only)."))
{
}

void CheckCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("accept-history"),
                      tr("Remember the file's present history as seen on this computer, after you found why it "
                         "no longer holds what this computer saw (for example a restored backup).")});
}

Store::OpenCheck CheckCommand::openCheck(const QCommandLineParser& /*parser*/) const
{
    return Store::OpenCheck::EveryTable;
}

int CheckCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(QStringLiteral("accept-history")) && !store.historyWarning().isEmpty()) {
        if (auto accepted = store.acceptHistory(); !accepted.ok()) {
            err << accepted.message() << Qt::endl;
            return Failure;
        }
        out << tr("This computer now takes the file's present history as the one it saw.") << Qt::endl;
    }
    const auto problems = store.check();
    if (!problems.ok()) {
        err << problems.message() << Qt::endl;
        return Failure;
    }
    if (!problems.value().isEmpty()) {
        for (const QString& problem : problems.value()) {
            err << problem << Qt::endl;
        }
        err << tr("%1: %Ln problem(s) found.", nullptr, int(problems.value().size()))
                   .arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return Failure;
    }
    out << tr("%1: no problems found.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}
