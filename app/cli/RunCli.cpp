// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCli.h"

#include "Command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        QTextStream& stream = first.isEmpty() ? err : out;
        stream << QCoreApplication::translate("main", "Usage: accreditation-desk-cli COMMAND [OPTIONS] FILE ...")
               << Qt::endl
               << Qt::endl
               << QCoreApplication::translate("main", "Commands:") << Qt::endl;
        qsizetype width = 0;  // the longest name, so that every summary starts in one column
        for (const Command* command : allCommands()) {
            width = std::max(width, command->name().size());
        }
        for (const Command* command : allCommands()) {
            stream << QStringLiteral("  ") << command->name().leftJustified(width + 2) << command->summary()
                   << Qt::endl;
        }
        stream << Qt::endl
               << QCoreApplication::translate("main", "Run \"accreditation-desk-cli COMMAND --help\" for a command's "
                                                      "options.")
               << Qt::endl;
        return first.isEmpty() ? Command::UsageError : Command::Success;
    }
    if (first == QLatin1String("--version")) {
        out << QStringLiteral("accreditation-desk-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Command::Success;
    }
    for (Command* command : allCommands()) {
        if (command->name() == first) {
            return command->run(arguments, out, err);
        }
    }
    err << QCoreApplication::translate("main", "Unknown command \"%1\". Run \"accreditation-desk-cli --help\" for "
                                               "the list.")
               .arg(first)
        << Qt::endl;
    return Command::UsageError;
}
