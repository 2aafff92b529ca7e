// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The life of a file open in the window, over time: it looks for changes saved by others
// (a poll of PRAGMA data_version, hinted by a file watcher), keeps the editing lease alive,
// makes the day's backup once the file is on screen, and checks what the open did not read
// (WholeFileCheck, on a thread of its own). What it finds it tells by signal;
// the changes themselves come through the Store's events (FileEvents).

#include <QObject>

class QFileSystemWatcher;
class QTimer;
class Store;
class WholeFileCheck;

class FileSession : public QObject
{
    Q_OBJECT

public:
    /// Often enough that a reviewer sees the officer's save within seconds; each poll is one
    /// PRAGMA on an idle connection.
    static constexpr int kChangePollMs = 2000;
    /// Long enough after opening that the window is on screen and settled.
    static constexpr int kDailyBackupDelayMs = 1000;
    /// The whole-file check starts once the window has painted the file (issue #18).
    static constexpr int kWholeFileCheckDelayMs = 500;

    /// Follows `store`, which must outlive this session; start() sets it going.
    explicit FileSession(Store& store, QObject* parent = nullptr);
    ~FileSession() override;

    /// Starts looking for changes and the day's backup timer, and the heartbeat when the
    /// file is open for editing.
    void start();
    /// Stops every timer (the file is about to close).
    void stop();
    /// Starts or stops the heartbeat as the file is editable or not now (after a takeover).
    void followAccess();

    /// Asks the file whether others committed; the Store's events tell what. A timer calls it.
    void lookForChangesElsewhere();
    /// Keeps the editing lease alive; a timer calls it.
    void keepLeaseAlive();
    /// Makes the day's backup if it is due; a timer calls it once the file is shown.
    void makeDailyBackup();
    /// Starts the whole-file check (once); a timer calls it once the file is shown.
    void checkWholeFile();

signals:
    /// The lease could not be kept: usually someone took over editing, and the file is
    /// read-only now. `message` says what happened.
    void heartbeatFailed(const QString& message);
    /// The day's automatic backup was made.
    void dailyBackupMade();
    /// The day's automatic backup failed: `text` says why.
    void backupWarning(const QString& text);
    /// The whole-file check found damage the open did not read: the file is read-only for
    /// good now (Store::markDamaged), and `message` says what was found and how to restore.
    void damageFound(const QString& message);
    /// The whole-file check ended; `failure` says why when it could not read the file.
    void wholeFileChecked(const QString& failure);

private:
    Store& m_store;
    QTimer* m_changePoll;
    QTimer* m_heartbeat;
    QTimer* m_dailyBackup;  ///< the day's backup, once the file is on screen
    QTimer* m_wholeFileCheckDelay;  ///< the whole-file check, once the file is on screen
    WholeFileCheck* m_wholeFileCheck = nullptr;
    QFileSystemWatcher* m_watcher;  ///< a quicker hint on local disks; the poll decides
};
