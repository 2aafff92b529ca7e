// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an open leaves out (issue #18, docs/performance.md): an open checks the tables it
// reads, not the documents' bytes, so that its cost does not grow with every CV attached.
// This check reads the rest: SQLite's quick check of the whole file, the documents' table
// included, then every document against its SHA-256. The window runs it once the file is on
// screen (FileSession), on a thread of its own with a read-only connection of its own, so
// the file can be read and edited meanwhile; the command line's `check` reads all of it too.

#include "Result.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

class WholeFileCheck : public QObject
{
    Q_OBJECT

public:
    /// Checks the file at `path` once start() is called.
    explicit WholeFileCheck(QString path, QObject* parent = nullptr);
    /// Interrupts a check still running and waits for its thread: closing a file never
    /// waits for a whole-file read.
    ~WholeFileCheck() override;
    WholeFileCheck(const WholeFileCheck&) = delete;
    WholeFileCheck& operator=(const WholeFileCheck&) = delete;

    /// Starts the check on its own thread; finished() tells the outcome. Once only.
    void start();
    bool isRunning() const { return m_running; }

    /// The check itself, on the calling thread: the damage found, each named (SQLite's own
    /// words for a broken page, whose attachment a changed document is); empty when the file
    /// is whole. Fails only when the file cannot be read at all (moved, a share gone).
    static Result<QStringList> run(const QString& path);
    /// What the window says of `damage` found in the file at `path`: what is wrong, that
    /// nothing more is saved, and how to restore.
    static QString damageMessage(const QString& path, const QStringList& damage);

signals:
    /// The check ended: `damage` as run() returns it, or `failure` (not empty) when the file
    /// could not be read; a check interrupted by the destructor tells nothing.
    void finished(const QStringList& damage, const QString& failure);

private:
    /// Shared with the worker thread: what lets the destructor interrupt SQLite.
    struct Interruption {
        std::mutex mutex;
        sqlite3* handle = nullptr;
        std::atomic_bool stop{false};
    };
    static Result<QStringList> runOn(const QString& path, Interruption* interruption);

    QString m_path;
    bool m_running = false;
    Interruption m_interruption;
    std::thread m_thread;
};
