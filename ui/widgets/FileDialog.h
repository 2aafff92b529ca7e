// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File choosers behind one seam, so GUI tests can answer them without blocking.

#include <QString>

class QWidget;

class FileDialog
{
public:
    /// `nameFilter` defaults to our files' filter.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& nameFilter = QString());
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory);

    /// A file to export to (an image, a PDF), filtered by `nameFilter`; `suffix` (".png")
    /// is added when the name given lacks it.
    static QString exportFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& nameFilter, const QString& suffix);

    /// A spreadsheet to export a list to, XLSX or CSV as the user chooses; the suffix of the
    /// chosen type is added when the name given has neither.
    static QString spreadsheetFileName(QWidget* parent, const QString& caption, const QString& suggested);
    /// An existing folder to write into (letters); empty when cancelled.
    static QString folderName(QWidget* parent, const QString& caption, const QString& directory);

    /// The next dialog returns `fileName` at once instead of showing itself; several calls
    /// answer the following dialogs in turn (tests only).
    static void setNextFileName(const QString& fileName);

    /// The filter for CSV files, for imports.
    static QString csvFilter();
    /// The filter that our files show under.
    static QString filter();
};
