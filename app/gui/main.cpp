// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk: the desktop application. With no file named it opens the demo file,
// creating it on first run, so that the application is useful from the first second.
#include "candidates/CandidateListView.h"
#include "demo/DemoFile.h"
#include "MainWindow.h"
#include "widgets/MessageBox.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

namespace {

// With --quit-after-first-paint: quits once the candidate list has painted for the first
// time, so that start-up can be timed from outside (docs/performance.md).
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued, so that this paint completes and is flushed to the screen before quitting.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WCO"));
    QApplication::setApplicationName(QStringLiteral("Accreditation Desk"));
    QApplication::setApplicationVersion(QStringLiteral(AD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.wco.AccreditationDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/accreditation-desk.svg")));

    Translations::install(Translations::chosen());  // the language chosen in Settings, else the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Accreditation of WCO IPR Technical and Operational Advisors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The file to open; the demo file when omitted."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Quit as soon as the list of candidates is shown, to time start-up."));
    parser.addOption(quitAfterFirstPaint);
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
    // A timed run has nobody to close a message box: what it would say goes to stderr instead.
    MessageBox::recordInsteadOfShowing(parser.isSet(quitAfterFirstPaint));
    const bool opened = window.openFile(path);
    if (parser.isSet(quitAfterFirstPaint)) {
        if (!MessageBox::lastRecorded().isEmpty()) {
            qWarning("%s", qPrintable(MessageBox::lastRecorded()));
        }
        if (!opened) {
            return 1;
        }
        // Installed once the file is open, so the paint that quits shows its candidates.
        window.candidateList()->table()->viewport()->installEventFilter(new QuitAfterFirstPaint(&window));
    }
    return QApplication::exec();
}
