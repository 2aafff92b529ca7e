// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextExtractor.h"

#include "OfficeText.h"
#include "PdfText.h"
#include "RtfText.h"

#include <QCoreApplication>

namespace {

struct TextExtractorText {
    Q_DECLARE_TR_FUNCTIONS(TextExtractor)
};

DocumentText outcome(TextOutcome kind, const QString& detail)
{
    DocumentText document;
    document.outcome = kind;
    document.detail = detail;
    return document;
}

/// Text when there is some, NoTextLayer when it is blank.
DocumentText fromText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return outcome(TextOutcome::NoTextLayer, TextExtractorText::tr("The document holds no text."));
    }
    DocumentText document;
    document.outcome = TextOutcome::Text;
    document.text = text;
    return document;
}

}  // namespace

DocumentText TextExtractor::read(const QByteArray& content, const QString& mediaType)
{
    DocumentText document;
    if (mediaType == QLatin1String("application/pdf")) {
        document = PdfText::read(content);
    } else if (mediaType == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
        document = OfficeText::read(content, OfficeText::Format::Docx);
    } else if (mediaType == QLatin1String("application/vnd.oasis.opendocument.text")) {
        document = OfficeText::read(content, OfficeText::Format::Odt);
    } else if (mediaType == QLatin1String("application/rtf")) {
        document = fromText(RtfText::read(content));
    } else if (mediaType == QLatin1String("text/plain")) {
        // Accepted only as UTF-8 (DocumentType::sniff); a byte-order mark is not text.
        QString text = QString::fromUtf8(content);
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        document = fromText(text);
    } else if (mediaType == QLatin1String("image/png") || mediaType == QLatin1String("image/jpeg")) {
        document = outcome(TextOutcome::NoTextLayer,
                           TextExtractorText::tr("A picture: its words cannot be searched without text recognition."));
    } else if (mediaType == QLatin1String("application/msword")) {
        document = outcome(TextOutcome::Unsupported,
                           TextExtractorText::tr("The old Word format (.doc) is not read; attach it as DOCX, ODT or "
                                                 "PDF to make it searchable."));
    } else {
        document = outcome(TextOutcome::Unsupported,
                           TextExtractorText::tr("Documents of type %1 are not read.").arg(mediaType));
    }
    if (document.outcome == TextOutcome::Text) {
        document.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        document.text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    document.extractorVersion = kVersion;
    return document;
}

DocumentText TextExtractor::read(const DocumentToRead& toRead)
{
    DocumentText document = read(toRead.content, toRead.mediaType);
    document.sha256 = toRead.sha256;
    return document;
}
