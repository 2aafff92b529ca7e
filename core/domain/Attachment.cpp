#include "Attachment.h"

#include <QCryptographicHash>
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
    }
    return v;
}
