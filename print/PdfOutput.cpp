// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutput.h"

#include "PageRenderer.h"
#include "PrintedDocument.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

Result<int> paint(const PrintedDocument& document, QIODevice& device, PrintSettings::Paper paper, const QString& title)
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Accreditation Desk"));
    writer.setTitle(title.isEmpty() && !document.sections.isEmpty() ? document.sections.constFirst().title : title);
    writer.setResolution(1200);
    PageRenderer::preparePage(writer, paper);
    return PageRenderer::render(document, writer);
}

QString cannotWrite(const QString& path, const QString& why)
{
    return PdfOutput::tr("Could not write \"%1\": %2. Nothing was written there; choose a folder you can write to, "
                         "with space left, and try again.")
        .arg(QDir::toNativeSeparators(path), why);
}

}  // namespace

Result<QByteArray> PdfOutput::bytes(const PrintedDocument& document, PrintSettings::Paper paper, const QString& title)
{
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    const auto painted = paint(document, buffer, paper, title);
    if (!painted.ok()) {
        return Result<QByteArray>(painted.error());
    }
    buffer.close();
    return content;
}

Result<int> PdfOutput::write(const PrintedDocument& document, const QString& path, PrintSettings::Paper paper,
                             const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<int>::failure(ErrorCode::Io, cannotWrite(path, file.errorString()));
    }
    const auto painted = paint(document, file, paper, title);
    if (!painted.ok()) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError || file.error() == QFileDevice::WriteError;
        return Result<int>::failure(full ? ErrorCode::DiskFull : ErrorCode::Io, cannotWrite(path, file.errorString()));
    }
    return painted;
}

Status PdfOutput::save(const QByteArray& content, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(ErrorCode::Io, cannotWrite(path, file.errorString()));
    }
    if (file.write(content) != content.size()) {
        file.cancelWriting();
        return Status::failure(ErrorCode::DiskFull, cannotWrite(path, file.errorString()));
    }
    if (!file.commit()) {
        return Status::failure(ErrorCode::Io, cannotWrite(path, file.errorString()));
    }
    return Status::success();
}
