// accreditation-desk: the desktop application. With no file named it opens the demo file,
// creating it on first run, so that the application is useful from the first second.
#include "DemoFile.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WCO"));
    QApplication::setApplicationName(QStringLiteral("Accreditation Desk"));
    QApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.wco.AccreditationDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/accreditation-desk.svg")));

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Accreditation of WCO IPR Technical and Operational Advisors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The file to open; the demo file when omitted."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    MainWindow window;
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = folder + QStringLiteral("/demo.accred");
        if (!QFileInfo::exists(path)) {
            if (auto created = DemoFile::create(path); !created.ok()) {
                qWarning("%s", qPrintable(created.message()));
            }
        }
    }
    window.openFile(path);
    return QApplication::exec();
}
