// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the text of the file's documents for the full-text search, off the GUI thread,
// with its progress in the status bar. The GUI thread reads each batch of documents from
// the store and stores what was read (Qt SQL connections belong to their thread); a worker
// thread only turns bytes into text. Read-only sessions read nothing: their search covers
// what the officer's sessions indexed.

#include <QFutureWatcher>
#include <QObject>

struct DocumentText;
class QProgressBar;
class QStatusBar;
class Store;

class DocumentIndexer : public QObject
{
    Q_OBJECT

public:
    /// Shows its progress bar in `statusBar` while reading.
    explicit DocumentIndexer(QStatusBar* statusBar, QObject* parent = nullptr);
    ~DocumentIndexer() override;

    /// The store to index (not owned; null stops). A batch being read is waited for and
    /// its text dropped, never stored into another file.
    void setStore(Store* store);
    /// Reads the documents not read yet; when already reading, the new ones join in.
    void start();
    bool isRunning() const { return m_running; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    /// Every document was read: how many, and how many had no text to search.
    void finished(int read, int withoutText);

private:
    void readNextBatch();
    void storeBatch();
    void stop(const QString& message);

    Store* m_store = nullptr;
    QMetaObject::Connection m_following;  ///< to the store's FileEvents
    QStatusBar* m_statusBar;
    QProgressBar* m_progress;
    QFutureWatcher<QList<DocumentText>>* m_watcher;
    bool m_running = false;
    int m_generation = 0;  ///< bumped by setStore(): a batch of an older store is dropped
    int m_batchGeneration = 0;
    int m_done = 0;
    int m_total = 0;
    int m_withoutText = 0;
};
