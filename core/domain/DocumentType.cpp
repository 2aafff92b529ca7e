// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DocumentType.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

struct DocumentTypeText {
    Q_DECLARE_TR_FUNCTIONS(DocumentType)
};

bool isZipWith(const QByteArray& content, const QByteArray& entry)
{
    // Zip names its entries in local headers and again in the central directory at the end.
    return content.startsWith("PK\x03\x04") && content.contains(entry);
}

bool isPlainText(const QByteArray& content)
{
    if (content.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    if (decoder.hasError()) {
        return false;
    }
    int control = 0;
    for (const QChar c : text) {
        control += (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
                    c != QLatin1Char('\t'))
                       ? 1
                       : 0;
    }
    return control * 100 <= text.size();  // a stray form feed is text; a binary blob is not
}

}  // namespace

std::optional<QString> DocumentType::sniff(const QByteArray& content)
{
    if (content.startsWith("%PDF-")) {
        return QStringLiteral("application/pdf");
    }
    if (content.startsWith("\x89PNG\r\n\x1a\n")) {
        return QStringLiteral("image/png");
    }
    if (content.startsWith("\xff\xd8\xff")) {
        return QStringLiteral("image/jpeg");
    }
    if (content.startsWith("{\\rtf")) {
        return QStringLiteral("application/rtf");
    }
    if (content.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) {
        // An OLE container; a Word document names its "WordDocument" stream (UTF-16).
        static const QByteArray word("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
        if (content.contains(word)) {
            return QStringLiteral("application/msword");
        }
        return std::nullopt;
    }
    if (content.startsWith("PK\x03\x04")) {
        if (content.mid(30, 8) == "mimetype" && content.mid(38, 39) == "application/vnd.oasis.opendocument.text") {
            return QStringLiteral("application/vnd.oasis.opendocument.text");
        }
        if (isZipWith(content, "word/document.xml")) {
            return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        return std::nullopt;
    }
    if (!content.isEmpty() && isPlainText(content)) {
        return QStringLiteral("text/plain");
    }
    return std::nullopt;
}

QString DocumentType::acceptedList()
{
    return DocumentTypeText::tr("PDF, DOCX, ODT, DOC, RTF, TXT, PNG or JPEG");
}
