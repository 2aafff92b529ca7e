// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the text of attached documents: every accepted type, documents without text
// noted, damaged ones failed with a reason, and PDFs read in a worker thread without a
// QGuiApplication (as the GUI's indexer and the CLI do).
#include "demo/DemoFile.h"
#include "domain/DocumentType.h"
#include "PdfText.h"
#include "TextExtractor.h"
#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <zip.h>

namespace {

/// A zip holding `entries` (name, bytes), as a word processor writes a DOCX or ODT.
QByteArray zipOf(const QList<QPair<const char*, QByteArray>>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer);
    for (const auto& [name, bytes] : entries) {
        // libzip copies the data only at close; the source must outlive that.
        zip_source_t* data = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        zip_file_add(archive, name, data, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    QByteArray result;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        result.resize(qsizetype(stat.size));
        zip_source_read(buffer, result.data(), stat.size);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return result;
}

const QByteArray kDocxXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
    "<w:r><w:t>Curriculum </w:t></w:r><w:r><w:t>vitae</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Łukasiewicz</w:t><w:tab/><w:t>Mercator mentor</w:t></w:r></w:p>"
    "</w:body></w:document>";

const QByteArray kOdtXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                           "<text:h>Curriculum vitae</text:h>"
                           "<text:p>Élodie<text:s text:c=\"2\"/>Marchand, <text:span>douane</text:span></text:p>"
                           "<text:p>Pangea<text:line-break/>operation</text:p>"
                           "</office:text></office:body></office:document-content>";

const QString kDocx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString kOdt = QStringLiteral("application/vnd.oasis.opendocument.text");

}  // namespace

class TestTextExtractor : public QObject
{
    Q_OBJECT

private slots:
    void pdfTextIsRead()
    {
        const QByteArray pdf =
            DemoFile::simplePdf({QStringLiteral("Curriculum vitae"), QStringLiteral("Mercator mentor")});
        QCOMPARE(DocumentType::sniff(pdf).value_or(QString()), QStringLiteral("application/pdf"));
        const DocumentText read = TextExtractor::read(pdf, QStringLiteral("application/pdf"));
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Curriculum vitae\nMercator mentor"));
        QCOMPARE(read.extractorVersion, TextExtractor::kVersion);
    }

    void aPdfWithoutTextIsNotedNotFailed()
    {
        // A page with nothing written on it, as a scan is to a text reader.
        const DocumentText read = TextExtractor::read(DemoFile::simplePdf({}), QStringLiteral("application/pdf"));
        QCOMPARE(read.outcome, TextOutcome::NoTextLayer);
        QVERIFY(read.text.isEmpty());
        QVERIFY(read.detail.contains(QStringLiteral("no text layer")));
    }

    void aDamagedPdfFailsWithAReason()
    {
        QByteArray pdf = DemoFile::simplePdf({QStringLiteral("Curriculum vitae")});
        pdf.truncate(40);
        const DocumentText read = TextExtractor::read(pdf, QStringLiteral("application/pdf"));
        QCOMPARE(read.outcome, TextOutcome::Failed);
        QVERIFY(read.detail.contains(QStringLiteral("damaged")));
    }

    void aPdfThatHangsItsReaderFailsInBoundedTime()
    {
        // A /Pages node among its own /Kids keeps Qt PDF (PDFium) busy for minutes: its
        // reader process is stopped at the time limit, and the reading says why.
        QFile file(QStringLiteral(AD_SOURCE_DIR "/tests/fuzz/regressions/pdf_text/page-tree-lists-itself.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QCOMPARE(DocumentType::sniff(pdf).value_or(QString()), QStringLiteral("application/pdf"));
        QElapsedTimer clock;
        clock.start();
        const DocumentText read = TextExtractor::read(pdf, QStringLiteral("application/pdf"));
        QVERIFY2(clock.elapsed() < PdfText::kTimeLimitMs + 3000,
                 qPrintable(QStringLiteral("reading took %1 ms").arg(clock.elapsed())));
        QCOMPARE(read.outcome, TextOutcome::Failed);
        QVERIFY2(read.detail.contains(QStringLiteral("took too long")), qPrintable(read.detail));
        QVERIFY(read.text.isEmpty());
        // A PDF read after it is read as before: nothing of the stopped reader lingers.
        QCOMPARE(
            TextExtractor::read(DemoFile::simplePdf({QStringLiteral("Afterwards")}), QStringLiteral("application/pdf"))
                .text,
            QStringLiteral("Afterwards"));
    }

    void pdfsAreReadInAWorkerThread()
    {
        const QByteArray pdf = DemoFile::simplePdf({QStringLiteral("Read off the GUI thread")});
        DocumentText read;
        std::unique_ptr<QThread> worker(
            QThread::create([&]() { read = TextExtractor::read(pdf, QStringLiteral("application/pdf")); }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Read off the GUI thread"));
    }

    void docxParagraphsAndTabsAreKept()
    {
        const QByteArray docx = zipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", kDocxXml}});
        QCOMPARE(DocumentType::sniff(docx).value_or(QString()), kDocx);
        const DocumentText read = TextExtractor::read(docx, kDocx);
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Curriculum vitae\nŁukasiewicz\tMercator mentor"));
    }

    void odtParagraphsAndSpacesAreKept()
    {
        const QByteArray odt =
            zipOf({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", kOdtXml}});
        QCOMPARE(DocumentType::sniff(odt).value_or(QString()), kOdt);
        const DocumentText read = TextExtractor::read(odt, kOdt);
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Curriculum vitae\nÉlodie  Marchand, douane\nPangea\noperation"));
    }

    void anOdtSpaceRunCannotAskForGigabytes()
    {
        // <text:s text:c="N"/> is a run of N spaces, N as the file says: a document of a
        // few hundred bytes made the reader build N of them (4 GB at c="2000000000").
        const QByteArray xml =
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            "<text:p>Élodie<text:s text:c=\"100000000\"/>Marchand</text:p>"
            "</office:text></office:body></office:document-content>";
        const DocumentText read = TextExtractor::read(zipOf({{"content.xml", xml}}), kOdt);
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Élodie") + QString(16, QLatin1Char(' ')) + QStringLiteral("Marchand"));
    }

    void damagedZipsFailWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mediaType");
        const QByteArray docx = zipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", kDocxXml}});
        QTest::newRow("truncated docx") << docx.left(docx.size() / 2) << kDocx;
        QTest::newRow("docx without its text") << zipOf({{"[Content_Types].xml", "<Types/>"}}) << kDocx;
        QTest::newRow("broken XML") << zipOf({{"content.xml", "<office:document-content><unclosed>"}}) << kOdt;
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 but nothing else") << kOdt;
    }

    void damagedZipsFailWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mediaType);
        const DocumentText read = TextExtractor::read(content, mediaType);
        QCOMPARE(read.outcome, TextOutcome::Failed);
        QVERIFY(read.detail.contains(QStringLiteral("damaged")));
    }

    void rtfIsStrippedOfControlWords()
    {
        const QByteArray rtf =
            "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}"
            "{\\*\\generator Writer;}\\pard Curriculum vitae\\par "
            "{\\b Fran\\'e7ois} Lef\\u232?vre\\tab Douane\\par}";
        const DocumentText read = TextExtractor::read(rtf, QStringLiteral("application/rtf"));
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Curriculum vitae\nFrançois Lefèvre\tDouane"));
    }

    void plainTextIsUtf8()
    {
        const DocumentText read =
            TextExtractor::read("\xEF\xBB\xBFW\xC3\xB3j\r\nMercator", QStringLiteral("text/plain"));
        QCOMPARE(read.outcome, TextOutcome::Text);
        QCOMPARE(read.text, QStringLiteral("Wój\nMercator"));
        QCOMPARE(TextExtractor::read("  \n", QStringLiteral("text/plain")).outcome, TextOutcome::NoTextLayer);
    }

    void picturesAndOldWordAreNoted()
    {
        const DocumentText png = TextExtractor::read("\x89PNG\r\n\x1a\n", QStringLiteral("image/png"));
        QCOMPARE(png.outcome, TextOutcome::NoTextLayer);
        QVERIFY(!png.detail.isEmpty());
        QCOMPARE(TextExtractor::read("\xFF\xD8\xFF", QStringLiteral("image/jpeg")).outcome, TextOutcome::NoTextLayer);
        const DocumentText doc = TextExtractor::read("\xD0\xCF\x11\xE0", QStringLiteral("application/msword"));
        QCOMPARE(doc.outcome, TextOutcome::Unsupported);
        QVERIFY(doc.detail.contains(QStringLiteral(".doc")));
    }

    void theStoresDocumentKeepsItsHash()
    {
        DocumentToRead toRead{QStringLiteral("ab").repeated(32), QStringLiteral("text/plain"), QStringLiteral("cv.txt"),
                              "Mercator"};
        const DocumentText read = TextExtractor::read(toRead);
        QCOMPARE(read.sha256, toRead.sha256);
        QCOMPARE(read.text, QStringLiteral("Mercator"));
    }
};

AD_TEST_GUILESS_MAIN(TestTextExtractor)
#include "TestTextExtractor.moc"
