// SPDX-License-Identifier: GPL-3.0-or-later
// empty-window: the baseline for timing start-up from outside (docs/performance.md). A
// QMainWindow of the application's default size that quits after its first paint, as
// `accreditation-desk --quit-after-first-paint FILE` does: what Qt costs to start, show a
// window and stop is measured here, and the application's figure minus this one is ours.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued, so that this paint completes and is flushed before the application quits.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QWidget(&window));
    window.resize(1100, 680);  // MainWindow's size when it has none remembered
    window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
