// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexCommand.h"

#include "domain/DocumentText.h"
#include "store/Store.h"
#include "store/CandidateSearch.h"
#include "TextExtractor.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

// A batch is one unit of work: small enough to keep the file's write lock briefly, large
// enough that the audit trail does not get an entry per document.
constexpr int kBatchDocuments = 32;
constexpr qint64 kBatchBytes = 32 * 1000 * 1000;

}  // namespace

IndexCommand::IndexCommand()
    : FileCommand(QStringLiteral("index"), tr("Read the text of documents not read yet, for the full-text search."),
                  Store::Access::Edit)
{
    declareWrites({{QStringLiteral("{file}")}});
}

int IndexCommand::executeOn(const QCommandLineParser& /*parser*/, Store& store, QTextStream& out, QTextStream& err)
{
    if (store.isReadOnly()) {
        const auto waiting = store.search().documentsToReadCount();
        err << tr("The documents' text was not read: %1").arg(store.readOnlyReason()) << Qt::endl;
        if (waiting.ok()) {
            err << tr("%Ln document(s) are not searchable yet.", nullptr, waiting.value()) << Qt::endl;
        }
        return Failure;
    }
    QHash<TextOutcome, int> counts;
    QStringList withoutText;
    while (true) {
        const auto batch = store.search().documentsToRead(kBatchDocuments, kBatchBytes);
        if (!batch.ok()) {
            err << batch.message() << Qt::endl;
            return Failure;
        }
        if (batch.value().isEmpty()) {
            break;
        }
        QList<DocumentText> texts;
        for (const DocumentToRead& document : batch.value()) {
            DocumentText text = TextExtractor::read(document);
            ++counts[text.outcome];
            if (text.outcome != TextOutcome::Text) {
                withoutText.append(
                    tr("  %1: %2").arg(document.fileName, text.detail.isEmpty() ? labelOf(text.outcome) : text.detail));
            }
            texts.append(std::move(text));
        }
        const auto stored = store.search().storeDocumentTexts(texts);
        if (!stored.ok()) {
            err << stored.message() << Qt::endl;
            return Failure;
        }
    }
    int total = 0;
    for (int count : std::as_const(counts)) {
        total += count;
    }
    out << tr("%Ln document(s) read: ", nullptr, total)
        << tr("%1 with text, %2 without a text layer, %3 not readable, %4 failed.")
               .arg(counts.value(TextOutcome::Text))
               .arg(counts.value(TextOutcome::NoTextLayer))
               .arg(counts.value(TextOutcome::Unsupported))
               .arg(counts.value(TextOutcome::Failed))
        << Qt::endl;
    if (!withoutText.isEmpty()) {
        out << tr("Not searchable:") << Qt::endl << withoutText.join(QLatin1Char('\n')) << Qt::endl;
    }
    return Success;
}
