// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListExport.h"

#include "ExportFile.h"
#include "ExportSources.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString ListExport::run(QWidget* parent, const Store& store, const ExportRequest& request)
{
    const auto table = ExportSources::read(store, request);
    if (!table.ok()) {
        MessageBox::warning(parent, tr("Export"), table.message());
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(ExportSources::keyOf(request.list) + QStringLiteral(".xlsx"));
    const QString path = FileDialog::spreadsheetFileName(parent, tr("Export %1").arg(table.value().title()), suggested);
    if (path.isEmpty()) {
        return {};
    }
    const auto format = ExportFile::formatOf(QFileInfo(path).suffix());
    if (!format) {
        MessageBox::warning(parent, tr("Export"),
                            tr("\"%1\" is neither a spreadsheet (.xlsx) nor a CSV file (.csv). Choose File > Export… "
                               "again and give the name one of these endings.")
                                .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    const Status written = ExportFile::write(table.value(), *format, path);
    if (!written.ok()) {
        MessageBox::warning(parent, tr("Export"), written.message());
        return {};
    }
    return path;
}
