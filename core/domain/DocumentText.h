// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of an attached document as the full-text search reads it, or why there is
// none. It is derived data: made from the document's content by the extractor beside core
// (extract/), so it can always be made again and is never a record of its own.

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QString>

/// What reading one document (by content, so once however often it is attached) gave.
struct DocumentText {
    QString sha256;  ///< the document's content hash, as Attachment::sha256()
    TextOutcome outcome = TextOutcome::Failed;
    QString text;  ///< with paragraph breaks as line breaks; empty unless outcome is Text
    QString detail;  ///< for the user: why there is no text (failed, unsupported); may be empty
    int extractorVersion = 0;  ///< of the extractor that read it, so a better one can read again
};

/// A document whose text has not been read yet, with what the extractor needs.
struct DocumentToRead {
    QString sha256;
    QString mediaType;  ///< as sniffed from the content when it was attached
    QString fileName;  ///< one name it is attached under, for messages
    QByteArray content;
};
