// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk-cli: the same core as the desktop application, for scripts and for
// people who prefer a terminal. Never links Widgets.
#include "Command.h"
#include "FrontEnd.h"
#include "PrintCommand.h"
#include "RunCli.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

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
    return runCli(app.arguments().mid(1), out, err);
}
