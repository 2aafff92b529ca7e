// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FocusedWheel.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QWheelEvent>

namespace {

/// The widgets whose value the wheel changes (QDateEdit is a QAbstractSpinBox).
bool takesItsValueFromTheWheel(const QObject* object)
{
    return qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object);
}

}  // namespace

void FocusedWheel::install()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app || app->findChild<FocusedWheel*>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new FocusedWheel(app));
}

bool FocusedWheel::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() != QEvent::Polish && event->type() != QEvent::Wheel) || !takesItsValueFromTheWheel(watched)) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(watched);
    if (event->type() == QEvent::Polish) {
        // Qt gives the wheel focus to these boxes before anyone sees the wheel event, so
        // that the event would always find them focused: only a click or Tab focuses them.
        if (widget->focusPolicy() == Qt::WheelFocus) {
            widget->setFocusPolicy(Qt::StrongFocus);
        }
        return false;
    }
    if (widget->hasFocus()) {
        return false;
    }
    // Not delivered: the page around the box scrolls instead. Passed on here rather than
    // left to QApplication, which hands an ignored wheel to the parents only when it came
    // from the window system, and not when a test or another widget sends it.
    auto* wheel = static_cast<QWheelEvent*>(event);
    event->ignore();
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        auto* page = qobject_cast<QAbstractScrollArea*>(parent);
        if (!page || !page->viewport()->isAncestorOf(widget)) {
            continue;
        }
        QWheelEvent passed(widget->mapTo(page->viewport(), wheel->position()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                           wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(page->viewport(), &passed);
        event->setAccepted(passed.isAccepted());  // not taken (the page's end): outer pages may
        break;
    }
    return true;
}
