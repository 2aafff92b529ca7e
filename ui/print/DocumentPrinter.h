// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The three ways out of every printed document: the print preview (QPrintPreviewDialog,
// whose own button prints), the printer through the system's print dialog, and a PDF file.
// The document is made when asked for, from the file as it is then, and painted by
// PageRenderer on whatever device was chosen: the same pages everywhere.

#include "PrintedDocument.h"
#include "Result.h"

#include <QObject>

#include <functional>

class QMenu;
class QPrinter;
class QWidget;

class DocumentPrinter : public QObject
{
    Q_OBJECT

public:
    using Maker = std::function<Result<PrintedDocument>()>;

    /// Opens the preview (window-modal, not blocking); null when the document cannot be made.
    static class QPrintPreviewDialog* preview(QWidget* parent, const Maker& make);
    /// Asks for a printer (the system dialog) and prints; false when cancelled or failed
    /// (the user was told why).
    static bool print(QWidget* parent, const Maker& make);
    /// Asks for a file name and writes the PDF; false when cancelled or failed.
    static bool exportPdf(QWidget* parent, const Maker& make, const QString& suggestedName);

    /// A menu with the three ways out, for a tool button or a submenu. `key` names its
    /// actions' objects ("sheet" gives "sheetPreview", "sheetPrint", "sheetPdf").
    static QMenu* menu(QWidget* parent, const QString& title, const QString& key, const Maker& make,
                       const QString& suggestedName);

    /// The next print() uses this printer without showing the dialog (tests: a CUPS queue).
    static void setNextPrinterName(const QString& name);

    /// Paints the document on a printer (the preview's or a real one); false when it failed.
    static bool paint(QWidget* parent, const Maker& make, QPrinter* printer);
};
