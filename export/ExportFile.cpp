// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include "CsvFile.h"
#include "XlsxFile.h"

#include <QDir>
#include <QSaveFile>

std::optional<ExportFormat> ExportFile::formatOf(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("xlsx")) {
        return ExportFormat::Xlsx;
    }
    if (k == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    return std::nullopt;
}

QString ExportFile::keyOf(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Status ExportFile::write(const ExportTable& table, ExportFormat format, const QString& path)
{
    return format == ExportFormat::Xlsx ? XlsxFile::write(table, path) : CsvFile::write(table, path);
}

Status ExportFile::writeWhole(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(
            ErrorCode::Io,
            tr("Could not write \"%1\": %2. Choose a folder where you may write.").arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(ErrorCode::Io, tr("Could not write \"%1\": %2. Nothing was written; free some space "
                                                 "or choose another folder.")
                                                  .arg(shown, file.errorString()));
    }
    return {};
}
