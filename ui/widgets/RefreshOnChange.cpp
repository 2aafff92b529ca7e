// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshOnChange.h"

#include "store/FileEvents.h"
#include "store/Store.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

RefreshOnChange::RefreshOnChange(QWidget* area, std::function<void()> refresh, Concerns concerns)
    : QObject(area)
    , m_area(area)
    , m_refresh(std::move(refresh))
    , m_concerns(std::move(concerns))
{
    m_area->installEventFilter(this);
}

void RefreshOnChange::follow(const Store* store)
{
    if (m_events) {
        disconnect(m_connection);
    }
    m_events = store ? &store->events() : nullptr;
    if (m_events) {
        m_connection = connect(m_events, &FileEvents::changed, this, &RefreshOnChange::changed);
    }
    m_stale = true;
    if (!store || isOnScreen()) {
        refreshIfStale();  // another file, or none: nothing of the old one may stay shown
    }
}

void RefreshOnChange::refreshIfStale()
{
    if (!m_stale) {
        return;
    }
    m_stale = false;
    m_refresh();
}

bool RefreshOnChange::eventFilter(QObject* watched, QEvent* event)
{
    // ShowToParent comes whenever the area is made the shown one (a stacked widget's page),
    // even in a window not on screen yet.
    if (watched == m_area && (event->type() == QEvent::ShowToParent || event->type() == QEvent::Show)) {
        refreshIfStale();
    }
    return QObject::eventFilter(watched, event);
}

void RefreshOnChange::changed(const QList<FileChange>& changes)
{
    if (m_concerns && std::none_of(changes.cbegin(), changes.cend(), m_concerns)) {
        return;
    }
    m_stale = true;
    if (!isOnScreen() || m_refreshPosted) {
        return;
    }
    // The command that made the change may be running in this very area: read again once
    // it is done, not under its feet.
    m_refreshPosted = true;
    QTimer::singleShot(0, this, [this]() {
        m_refreshPosted = false;
        if (isOnScreen()) {
            refreshIfStale();
        }
    });
}

bool RefreshOnChange::isOnScreen() const
{
    // A page on its own (a test, a dialog) has no area to wait for; a page of the window is
    // on screen when each of its parents shows it.
    return m_area->isWindow() || m_area->isVisibleTo(m_area->window());
}
