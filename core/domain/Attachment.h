// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document of a candidate's file (CV, application form, other), kept inside the file so
// that one file is the whole record.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>

class Attachment
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)

public:
    static constexpr qint64 kMaxSize = 25 * 1000 * 1000;  ///< 25 MB, as mail systems count

    RecordMeta meta;
    QUuid candidateId;
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName;  ///< the name it had when added, without any folder
    QString mediaType;  ///< e.g. application/pdf
    QByteArray content;
    QDateTime addedAt;  ///< UTC

    /// Lower-case hex SHA-256 of the content: the same document attached twice is stored once.
    QString sha256() const;

    Validation validate() const;

    /// Reads a document from disk for `candidateId`: refused with a message when it cannot
    /// be read, is larger than kMaxSize (checked before reading it), or is not a document
    /// type we accept, judged by its content.
    static Result<Attachment> fromFile(const QString& path, const QUuid& candidateId, AttachmentKind kind);
};
