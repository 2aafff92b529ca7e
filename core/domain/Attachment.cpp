// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Attachment.h"

#include "domain/DocumentType.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

QString Attachment::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Validation Attachment::validate() const
{
    Validation v;
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("An attachment must belong to a candidate."));
    }
    if (fileName.trimmed().isEmpty()) {
        v.add(QStringLiteral("file_name"), tr("The attachment needs a file name."));
    } else if (fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\'))) {
        v.add(QStringLiteral("file_name"), tr("Give the attachment's file name without its folder."));
    }
    if (content.isEmpty()) {
        v.add(QStringLiteral("content"), tr("The file \"%1\" is empty; attach a document with content.").arg(fileName));
    } else if (content.size() > kMaxSize) {
        v.add(QStringLiteral("content"),
              tr("\"%1\" is %2; attachments may be at most %3. Compress or split the document.")
                  .arg(fileName, QLocale().formattedDataSize(content.size(), 1, QLocale::DataSizeSIFormat),
                       QLocale().formattedDataSize(kMaxSize, 0, QLocale::DataSizeSIFormat)));
    }
    if (mediaType.trimmed().isEmpty()) {
        v.add(QStringLiteral("media_type"), tr("The attachment's document type is not known."));
    } else if (!content.isEmpty() && DocumentType::sniff(content) != mediaType) {
        v.add(QStringLiteral("media_type"),
              tr("\"%1\" is not a document of a type we accept (%2), judged by its content.")
                  .arg(fileName, DocumentType::acceptedList()));
    }
    return v;
}

Result<Attachment> Attachment::fromFile(const QString& path, const QUuid& candidateId, AttachmentKind kind)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return Result<Attachment>::failure(ErrorCode::Io, tr("\"%1\" cannot be read (%2). Check that the file exists "
                                                             "and that you may read it.")
                                                              .arg(shown, file.errorString()));
    }
    if (file.size() > kMaxSize) {
        return Result<Attachment>::failure(
            ErrorCode::Invalid,
            tr("\"%1\" is %2; attachments may be at most %3. Compress or split the document.")
                .arg(info.fileName(), QLocale().formattedDataSize(file.size(), 1, QLocale::DataSizeSIFormat),
                     QLocale().formattedDataSize(kMaxSize, 0, QLocale::DataSizeSIFormat)));
    }
    Attachment attachment;
    attachment.candidateId = candidateId;
    attachment.kind = kind;
    attachment.fileName = info.fileName();
    attachment.content = file.readAll();
    if (attachment.content.size() != file.size()) {
        return Result<Attachment>::failure(ErrorCode::Io, tr("\"%1\" could not be read whole.").arg(shown));
    }
    const auto type = DocumentType::sniff(attachment.content);
    if (!type) {
        return Result<Attachment>::failure(
            ErrorCode::Invalid, tr("\"%1\" is not a document of a type we accept (%2), judged by its content, "
                                   "whatever its name says.")
                                    .arg(info.fileName(), DocumentType::acceptedList()));
    }
    attachment.mediaType = *type;
    if (auto valid = attachment.validate().toStatus(); !valid.ok()) {
        return Result<Attachment>(valid.error());
    }
    return attachment;
}
