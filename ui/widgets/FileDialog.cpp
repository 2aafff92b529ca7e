// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <QStringList>

namespace {
QStringList g_nextFileNames;
}

QString FileDialog::filter()
{
    return QCoreApplication::translate("FileDialog", "Accreditation Desk files (*.accred);;All files (*)");
}

QString FileDialog::csvFilter()
{
    return QCoreApplication::translate("FileDialog", "CSV files (*.csv);;All files (*)");
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                 const QString& nameFilter)
{
    if (!g_nextFileNames.isEmpty()) {
        return g_nextFileNames.takeFirst();
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, nameFilter.isEmpty() ? filter() : nameFilter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& directory)
{
    if (!g_nextFileNames.isEmpty()) {
        return g_nextFileNames.takeFirst();
    }
    QString name = QFileDialog::getSaveFileName(parent, caption, directory, filter());
    if (!name.isEmpty() && !name.endsWith(QLatin1String(".accred"))) {
        name += QStringLiteral(".accred");
    }
    return name;
}

QString FileDialog::exportFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& nameFilter, const QString& suffix)
{
    if (!g_nextFileNames.isEmpty()) {
        return g_nextFileNames.takeFirst();
    }
    QString name = QFileDialog::getSaveFileName(parent, caption, suggested, nameFilter);
    if (!name.isEmpty() && !name.endsWith(suffix, Qt::CaseInsensitive)) {
        name += suffix;
    }
    return name;
}

QString FileDialog::spreadsheetFileName(QWidget* parent, const QString& caption, const QString& suggested)
{
    if (!g_nextFileNames.isEmpty()) {
        return g_nextFileNames.takeFirst();
    }
    const QString xlsx = QCoreApplication::translate("FileDialog", "Excel workbooks (*.xlsx)");
    const QString csv = QCoreApplication::translate("FileDialog", "CSV files, UTF-8 (*.csv)");
    QString chosen = xlsx;
    QString name = QFileDialog::getSaveFileName(parent, caption, suggested, xlsx + QStringLiteral(";;") + csv, &chosen);
    if (!name.isEmpty() && !name.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) &&
        !name.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        name += chosen == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    return name;
}

QString FileDialog::folderName(QWidget* parent, const QString& caption, const QString& directory)
{
    if (!g_nextFileNames.isEmpty()) {
        return g_nextFileNames.takeFirst();
    }
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileNames.append(fileName);
}
