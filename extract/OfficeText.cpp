// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace {

struct OfficeTextText {
    Q_DECLARE_TR_FUNCTIONS(OfficeText)
};

// A document's XML larger than this is not a CV: refused rather than inflated, so that a
// zip bomb cannot exhaust memory.
constexpr zip_uint64_t kMaxXmlSize = 64 * 1024 * 1024;

// A run of spaces (text:s text:c="N") is kept up to this length: the search needs no
// more, and N is the file's to choose, so that unbounded, a document of a few hundred
// bytes asked for gigabytes. Kept this short, the text stays no longer than the XML.
constexpr int kMaxSpaceRun = 16;

const QString kWordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kOdfTextNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

/// The bytes of `entry` in the zip `content`, or an error message.
QByteArray readEntry(const QByteArray& content, const char* entry, QString* error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t* source = zip_source_buffer_create(content.constData(), zip_uint64_t(content.size()), 0, &zipError);
    if (!source) {
        zip_error_fini(&zipError);
        *error = OfficeTextText::tr("The document could not be read.");
        return {};
    }
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zipError));
    if (!archive) {
        zip_source_free(source);  // not taken over when the open fails
        *error =
            OfficeTextText::tr("The document is damaged (%1).").arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return {};
    }
    zip_error_fini(&zipError);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), entry, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *error = OfficeTextText::tr("The document is damaged: it lacks its text part (%1).").arg(QLatin1String(entry));
        return {};
    }
    if (stat.size > kMaxXmlSize) {
        *error = OfficeTextText::tr("The document's text part is too large to read.");
        return {};
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive.get(), entry, 0));
    if (!file) {
        *error = OfficeTextText::tr("The document is damaged: its text part cannot be opened.");
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    zip_int64_t done = 0;
    while (done < zip_int64_t(stat.size)) {
        const zip_int64_t got = zip_fread(file.get(), bytes.data() + done, stat.size - zip_uint64_t(done));
        if (got <= 0) {
            *error = OfficeTextText::tr("The document is damaged: its text part cannot be read.");
            return {};
        }
        done += got;
    }
    return bytes;
}

/// word/document.xml: the characters of w:t, with w:tab and w:br inside runs (a w:tab in
/// paragraph properties is a tab stop, not text); a line per w:p.
QString docxText(QXmlStreamReader& xml)
{
    QString text;
    bool inText = false;
    bool inRun = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.namespaceUri() != kWordNamespace && !xml.isCharacters()) {
            continue;
        }
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t")) {
                inText = true;
            } else if (xml.name() == QLatin1String("r")) {
                inRun = true;
            } else if (inRun && xml.name() == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (inRun && (xml.name() == QLatin1String("br") || xml.name() == QLatin1String("cr"))) {
                text += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("t")) {
                inText = false;
            } else if (xml.name() == QLatin1String("r")) {
                inRun = false;
            } else if (xml.name() == QLatin1String("p")) {
                text += QLatin1Char('\n');
            }
        } else if (xml.isCharacters() && inText) {
            text += xml.text();
        }
    }
    return text;
}

/// content.xml: the characters of text:p and text:h, with text:s, text:tab and
/// text:line-break; a line per paragraph.
QString odtText(QXmlStreamReader& xml)
{
    QString text;
    int paragraphDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const bool odf = xml.namespaceUri() == kOdfTextNamespace;
        if (xml.isStartElement() && odf) {
            if (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")) {
                ++paragraphDepth;
            } else if (xml.name() == QLatin1String("s")) {
                const int count = xml.attributes().value(kOdfTextNamespace, QLatin1String("c")).toInt();
                text += QString(std::clamp(count, 1, kMaxSpaceRun), QLatin1Char(' '));
            } else if (xml.name() == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (xml.name() == QLatin1String("line-break")) {
                text += QLatin1Char('\n');
            }
        } else if (xml.isEndElement() && odf &&
                   (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h"))) {
            --paragraphDepth;
            text += QLatin1Char('\n');
        } else if (xml.isCharacters() && paragraphDepth > 0) {
            text += xml.text();
        }
    }
    return text;
}

}  // namespace

DocumentText OfficeText::read(const QByteArray& content, Format format)
{
    DocumentText document;
    QString error;
    const QByteArray xmlBytes =
        readEntry(content, format == Format::Docx ? "word/document.xml" : "content.xml", &error);
    if (!error.isEmpty()) {
        document.outcome = TextOutcome::Failed;
        document.detail = error;
        return document;
    }
    QXmlStreamReader xml(xmlBytes);
    const QString text = format == Format::Docx ? docxText(xml) : odtText(xml);
    if (xml.hasError()) {
        document.outcome = TextOutcome::Failed;
        document.detail = OfficeTextText::tr("The document is damaged: %1").arg(xml.errorString());
        return document;
    }
    if (text.trimmed().isEmpty()) {
        document.outcome = TextOutcome::NoTextLayer;
        document.detail = OfficeTextText::tr("The document holds no text.");
        return document;
    }
    document.outcome = TextOutcome::Text;
    document.text = text.trimmed();
    return document;
}
