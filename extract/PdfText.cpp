#include "PdfText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>

namespace {

struct PdfTextText {
    Q_DECLARE_TR_FUNCTIONS(PdfText)
};

QString reason(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return PdfTextText::tr("The PDF is protected by a password, so its text cannot be read.");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfTextText::tr("The PDF is protected in a way that cannot be read.");
    case QPdfDocument::Error::InvalidFileFormat:
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfTextText::tr("The PDF is damaged or incomplete.");
    default:
        return PdfTextText::tr("The PDF could not be read.");
    }
}

} // namespace

DocumentText PdfText::read(const QByteArray& content)
{
    DocumentText document;
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    // From a whole buffer in memory the document loads at once (verified with Qt 6.4: the
    // status is Ready or Error when load() returns), in any thread, without a QGuiApplication.
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready) {
        document.outcome = TextOutcome::Failed;
        document.detail = reason(pdf.error());
        return document;
    }
    QStringList pages;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        pages.append(pdf.getAllText(page).text().trimmed());
    }
    pdf.close();
    const QString text = pages.join(QLatin1String("\n\n")).trimmed();
    if (text.isEmpty()) {
        document.outcome = TextOutcome::NoTextLayer;
        document.detail = PdfTextText::tr("The PDF has no text layer (a scan?): its words cannot be searched "
                                          "without text recognition.");
        return document;
    }
    document.outcome = TextOutcome::Text;
    document.text = text;
    return document;
}
