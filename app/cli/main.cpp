// accreditation-desk-cli: the same core as the desktop application, for scripts and for
// people who prefer a terminal. Never links Widgets.
#include "Command.h"
#include "FrontEnd.h"
#include "PrintCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
#ifdef SIGXFSZ
    // A limit on file sizes (a quota, `ulimit -f`) must be an error the command reports and
    // cleans up after, like a full disk, not a signal that kills it mid-write and leaves
    // half a backup beside its target.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    // Drawing pages needs fonts, which need a QGuiApplication; it never opens a window, so
    // it runs on the offscreen platform unless told otherwise (no display is needed).
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && commandPrints(QString::fromLocal8Bit(argv[1]))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("WCO"));
    QCoreApplication::setApplicationName(QStringLiteral("Accreditation Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
    Translations::install();
    FrontEnd::set(FrontEnd::Kind::CommandLine);  // core's advice names commands, not menus
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = app.arguments().mid(1);
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        QTextStream& stream = first.isEmpty() ? err : out;
        stream << QCoreApplication::translate("main", "Usage: accreditation-desk-cli COMMAND [OPTIONS] FILE ...")
               << Qt::endl << Qt::endl
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
