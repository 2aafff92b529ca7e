// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps an area of the window as fresh as the file: it follows the open file's events
// (FileEvents) and has the area read again when a change concerns it. An area that is not
// on screen only notes that it is stale and reads again when shown, so that a file of ten
// thousand candidates takes a change no slower for a board, a ledger or charts nobody
// looks at. An area on screen reads again once the command that changed the file has
// finished (its own code may still be running on what it shows).

#include "store/FileChange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class FileEvents;
class QWidget;
class Store;

class RefreshOnChange : public QObject
{
    Q_OBJECT

public:
    using Concerns = std::function<bool(const FileChange&)>;

    /// `refresh` reads what `area` shows again; `concerns` (every change when empty) picks
    /// the changes that matter to it.
    RefreshOnChange(QWidget* area, std::function<void()> refresh, Concerns concerns = {});

    /// Follows `store` (none when null): the area is stale, and reads it now when shown.
    void follow(const Store* store);
    /// True while a change waits for the area to be shown.
    bool isStale() const { return m_stale; }
    /// Reads again now if a change waits.
    void refreshIfStale();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(const QList<FileChange>& changes);
    bool isOnScreen() const;

    QWidget* m_area;
    std::function<void()> m_refresh;
    Concerns m_concerns;
    QPointer<FileEvents> m_events;
    QMetaObject::Connection m_connection;
    bool m_stale = false;
    bool m_refreshPosted = false;
};
