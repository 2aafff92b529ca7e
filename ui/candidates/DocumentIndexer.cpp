// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/DocumentIndexer.h"

#include "domain/DocumentText.h"
#include "store/FileEvents.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "TextExtractor.h"

#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Small batches keep the write lock short and the progress moving; a CV is rarely over
// a few hundred kilobytes, but a batch never holds more than this many bytes in memory.
constexpr int kBatchDocuments = 8;
constexpr qint64 kBatchBytes = 16 * 1000 * 1000;

}  // namespace

DocumentIndexer::DocumentIndexer(QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_progress(new QProgressBar(statusBar))
    , m_watcher(new QFutureWatcher<QList<DocumentText>>(this))
{
    setObjectName(QStringLiteral("documentIndexer"));
    m_progress->setObjectName(QStringLiteral("indexingProgress"));
    m_progress->setAccessibleName(tr("Reading the documents' text for the search"));
    m_progress->setFormat(tr("Reading documents: %v of %m"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_statusBar->addPermanentWidget(m_progress);
    connect(m_watcher, &QFutureWatcher<QList<DocumentText>>::finished, this, &DocumentIndexer::storeBatch);
}

DocumentIndexer::~DocumentIndexer()
{
    // The worker touches no store, but it must not outlive the watcher that reports it.
    m_watcher->waitForFinished();
}

void DocumentIndexer::setStore(Store* store)
{
    if (m_running) {
        m_watcher->waitForFinished();
        m_running = false;
        m_progress->hide();
    }
    ++m_generation;
    m_store = store;
    disconnect(m_following);
    if (m_store) {
        // Documents attached in this session wait to be read; another process's session
        // reads its own.
        m_following = connect(&m_store->events(), &FileEvents::changed, this, [this](const QList<FileChange>& changes) {
            if (std::any_of(changes.cbegin(), changes.cend(), [](const FileChange& c) {
                    return !c.elsewhere && c.action == QLatin1String("attachment.add");
                })) {
                start();
            }
        });
    }
}

void DocumentIndexer::start()
{
    if (!m_store || m_store->isReadOnly()) {
        return;
    }
    const auto waiting = m_store->search().documentsToReadCount();
    if (!waiting.ok() || waiting.value() == 0) {
        return;
    }
    if (m_running) {
        m_total = m_done + waiting.value();  // documents added meanwhile join this run
        m_progress->setMaximum(m_total);
        return;
    }
    m_running = true;
    m_done = 0;
    m_withoutText = 0;
    m_total = waiting.value();
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->show();
    readNextBatch();
}

void DocumentIndexer::readNextBatch()
{
    const auto batch = m_store->search().documentsToRead(kBatchDocuments, kBatchBytes);
    if (!batch.ok()) {
        stop(batch.message());
        return;
    }
    if (batch.value().isEmpty()) {
        stop(QString());
        return;
    }
    m_batchGeneration = m_generation;
    // The worker gets copies of the bytes: nothing it reads belongs to the store.
    m_watcher->setFuture(QtConcurrent::run([documents = batch.value()]() {
        QList<DocumentText> texts;
        for (const DocumentToRead& document : documents) {
            texts.append(TextExtractor::read(document));
        }
        return texts;
    }));
}

void DocumentIndexer::storeBatch()
{
    if (m_batchGeneration != m_generation || !m_store || !m_running) {
        return;  // read for a file that is no longer open
    }
    const QList<DocumentText> texts = m_watcher->result();
    const auto stored = m_store->search().storeDocumentTexts(texts);
    if (!stored.ok()) {
        stop(stored.message());
        return;
    }
    for (const DocumentText& text : texts) {
        m_withoutText += text.outcome == TextOutcome::Text ? 0 : 1;
    }
    m_done += int(texts.size());
    m_progress->setMaximum(std::max(m_total, m_done));
    m_progress->setValue(m_done);
    readNextBatch();
}

void DocumentIndexer::stop(const QString& message)
{
    m_running = false;
    m_progress->hide();
    if (!message.isEmpty()) {
        m_statusBar->showMessage(tr("The documents' text could not be read for the search: %1").arg(message), 15000);
        return;
    }
    m_statusBar->showMessage(m_withoutText == 0
                                 ? tr("%Ln document(s) can now be searched.", nullptr, m_done)
                                 : tr("%Ln document(s) read for the search; %1 without text to search (see the "
                                      "Documents tab).",
                                      nullptr, m_done)
                                       .arg(QLocale().toString(m_withoutText)),
                             10000);
    emit finished(m_done, m_withoutText);
}
