// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FileSession.h"

#include "store/internal/EditingLease.h"
#include "store/Store.h"
#include "store/WholeFileCheck.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

FileSession::FileSession(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_changePoll(new QTimer(this))
    , m_heartbeat(new QTimer(this))
    , m_dailyBackup(new QTimer(this))
    , m_wholeFileCheckDelay(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_changePoll->setInterval(kChangePollMs);
    connect(m_changePoll, &QTimer::timeout, this, &FileSession::lookForChangesElsewhere);
    m_heartbeat->setInterval(EditingLease::kHeartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &FileSession::keepLeaseAlive);
    // Copying a large file takes as long again as showing it (docs/performance.md): the
    // first open of the day shows the list first. A change made before the timer makes the
    // backup first (Store::write).
    m_dailyBackup->setSingleShot(true);
    m_dailyBackup->setInterval(kDailyBackupDelayMs);
    connect(m_dailyBackup, &QTimer::timeout, this, &FileSession::makeDailyBackup);
    // An open checks only what it reads (issue #18): the rest of the file, the documents'
    // bytes, is read here, in the background, once the window shows the file.
    m_wholeFileCheckDelay->setSingleShot(true);
    m_wholeFileCheckDelay->setInterval(kWholeFileCheckDelayMs);
    connect(m_wholeFileCheckDelay, &QTimer::timeout, this, &FileSession::checkWholeFile);
    // inotify does not see other machines' writes on a share, so the watcher only hints;
    // the data_version poll above is what notices every change.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        lookForChangesElsewhere();
        if (!m_watcher->files().contains(path) && QFileInfo::exists(path)) {
            m_watcher->addPath(path);  // re-watch after a replace
        }
    });
}

FileSession::~FileSession() = default;

void FileSession::start()
{
    m_dailyBackup->start();
    m_wholeFileCheckDelay->start();
    followAccess();
    m_changePoll->start();
    m_watcher->addPath(m_store.path());
}

void FileSession::stop()
{
    m_changePoll->stop();
    m_heartbeat->stop();
    m_dailyBackup->stop();
    m_wholeFileCheckDelay->stop();
    delete m_wholeFileCheck;  // interrupts a check still reading
    m_wholeFileCheck = nullptr;
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
}

void FileSession::followAccess()
{
    m_heartbeat->stop();
    if (!m_store.isReadOnly()) {
        m_heartbeat->start();
    }
}

void FileSession::lookForChangesElsewhere()
{
    (void)m_store.hasChangedElsewhere();  // what changed, the Store's events tell
}

void FileSession::keepLeaseAlive()
{
    if (auto kept = m_store.heartbeat(); !kept.ok()) {
        followAccess();
        emit heartbeatFailed(kept.message());
    }
}

void FileSession::makeDailyBackup()
{
    if (m_store.makeDailyBackupIfDue()) {
        emit dailyBackupMade();
    }
    if (!m_store.backupWarning().isEmpty()) {
        emit backupWarning(m_store.backupWarning());
    }
}

void FileSession::checkWholeFile()
{
    if (m_wholeFileCheck) {
        return;
    }
    m_wholeFileCheck = new WholeFileCheck(m_store.path(), this);
    connect(m_wholeFileCheck, &WholeFileCheck::finished, this,
            [this](const QStringList& damage, const QString& failure) {
                if (!damage.isEmpty()) {
                    const QString message = WholeFileCheck::damageMessage(m_store.path(), damage);
                    m_store.markDamaged(message);
                    followAccess();  // no heartbeat for a session that cannot write
                    emit damageFound(message);
                } else if (failure.isEmpty()) {
                    m_store.tablesFoundSound();  // the first change need not read them again
                }
                emit wholeFileChecked(failure);
            });
    m_wholeFileCheck->start();
}
