// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "PdfPages.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace {

struct PdfTextText {
    Q_DECLARE_TR_FUNCTIONS(PdfText)
};

const QString kReaderName = QStringLiteral("accreditation-desk-pdf-text");

DocumentText failed(const QString& detail)
{
    DocumentText document;
    document.outcome = TextOutcome::Failed;
    document.detail = detail;
    return document;
}

QString reason(PdfPages::Problem problem)
{
    switch (problem) {
    case PdfPages::Problem::Password:
        return PdfTextText::tr("The PDF is protected by a password, so its text cannot be read.");
    case PdfPages::Problem::Security:
        return PdfTextText::tr("The PDF is protected in a way that cannot be read.");
    case PdfPages::Problem::Damaged:
        return PdfTextText::tr("The PDF is damaged or incomplete.");
    default:
        return PdfTextText::tr("The PDF could not be read.");
    }
}

}  // namespace

QString PdfText::readerPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + kReaderName;
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
#ifdef AD_PDF_TEXT_BUILD_DIR
    // Tests and fuzz targets run from elsewhere in the build tree.
    const QString built = QStringLiteral(AD_PDF_TEXT_BUILD_DIR) + QLatin1Char('/') + kReaderName;
    if (QFileInfo(built).isExecutable()) {
        return built;
    }
#endif
    return beside;
}

DocumentText PdfText::read(const QByteArray& content, int timeLimitMs)
{
    const QString program = readerPath();
    if (!QFileInfo(program).isExecutable()) {
        return failed(PdfTextText::tr("Could not read the text of this PDF: the program that reads PDFs (%1) is "
                                      "missing. Install Accreditation Desk again.")
                          .arg(QDir::toNativeSeparators(program)));
    }
    const QDeadlineTimer deadline(timeLimitMs);
    QProcess reader;
    reader.setProgram(program);
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.setStandardErrorFile(QProcess::nullDevice());
    reader.start(QIODevice::ReadWrite);
    if (!reader.waitForStarted(int(deadline.remainingTime()))) {
        return failed(PdfTextText::tr("Could not read the text of this PDF: the program that reads PDFs (%1) did "
                                      "not start (%2).")
                          .arg(QDir::toNativeSeparators(program), reader.errorString()));
    }
    reader.write(content);
    reader.closeWriteChannel();
    // waitForFinished() also feeds the reader its input; the deadline covers both.
    if (!reader.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
        reader.kill();
        reader.waitForFinished(1000);
        return failed(PdfTextText::tr("Could not read the text of this PDF (took too long: more than %n second(s)). "
                                      "The document itself is kept; only its words cannot be searched.",
                                      nullptr, (timeLimitMs + 999) / 1000));
    }
    if (reader.exitStatus() != QProcess::NormalExit || reader.exitCode() != 0) {
        return failed(PdfTextText::tr("Could not read the text of this PDF: its reader stopped unexpectedly. The "
                                      "document itself is kept; only its words cannot be searched."));
    }
    const QByteArray answer = reader.readAllStandardOutput();
    QDataStream stream(answer);
    stream.setVersion(QDataStream::Qt_6_4);
    qint32 problem = -1;
    QString text;
    stream >> problem >> text;
    if (stream.status() != QDataStream::Ok || problem < int(PdfPages::Problem::None) ||
        problem > int(PdfPages::Problem::Other)) {
        return failed(PdfTextText::tr("Could not read the text of this PDF: its reader gave no answer."));
    }
    if (PdfPages::Problem(problem) != PdfPages::Problem::None) {
        return failed(reason(PdfPages::Problem(problem)));
    }
    DocumentText document;
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
