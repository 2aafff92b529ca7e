// SPDX-License-Identifier: GPL-3.0-or-later
// accreditation-desk: the desktop application. With no file named it shows the welcome page
// and creates nothing; --demo opens the demo file (created on first use), as scripts/run does.
#include "candidates/CandidateListView.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "widgets/MessageBox.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QTableView>
#include <QTimer>

namespace {

// With --quit-after-first-paint: quits once the candidate list (without a file, the welcome
// page) has painted for the first time, so that start-up can be timed from outside (docs/performance.md).
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
                                 QApplication::translate("main", "The file to open; the welcome page when omitted."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Quit as soon as the list of candidates is shown, to time start-up."));
    parser.addOption(quitAfterFirstPaint);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo file (sample data), creating it in the data folder if needed."));
    parser.addOption(demo);
    parser.process(app);

    MainWindow window;
    window.show();
    const QString path = parser.positionalArguments().value(0);
    // A timed run has nobody to close a message box: what it would say goes to stderr instead.
    MessageBox::recordInsteadOfShowing(parser.isSet(quitAfterFirstPaint));
    // Without a file the welcome page stays: nothing is created unless asked for.
    bool opened = true;
    if (!path.isEmpty()) {
        opened = window.openFile(path);
    } else if (parser.isSet(demo)) {
        opened = window.openDemo();
    }
    if (parser.isSet(quitAfterFirstPaint)) {
        if (!MessageBox::lastRecorded().isEmpty()) {
            qWarning("%s", qPrintable(MessageBox::lastRecorded()));
        }
        if (!opened) {
            return 1;
        }
        // Installed once the file is open, so the paint that quits shows its candidates (or,
        // with no file, the welcome page).
        QWidget* painted = window.store() ? window.candidateList()->table()->viewport() : window.welcomePage();
        painted->installEventFilter(new QuitAfterFirstPaint(&window));
    }
    return QApplication::exec();
}
