// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPages.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringList>

namespace {

PdfPages::Problem problemOf(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return PdfPages::Problem::Password;
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfPages::Problem::Security;
    case QPdfDocument::Error::InvalidFileFormat:
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfPages::Problem::Damaged;
    default:
        return PdfPages::Problem::Other;
    }
}

}  // namespace

PdfPages::Pages PdfPages::read(const QByteArray& content)
{
    Pages pages;
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    // From a whole buffer in memory the document loads at once (verified with Qt 6.4: the
    // status is Ready or Error when load() returns), without a QGuiApplication.
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready) {
        pages.problem = problemOf(pdf.error());
        return pages;
    }
    QStringList texts;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        texts.append(pdf.getAllText(page).text().trimmed());
    }
    pdf.close();
    pages.problem = Problem::None;
    pages.text = texts.join(QLatin1String("\n\n")).trimmed();
    return pages;
}
