// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays a PrintedDocument out on pages of any paged device (a QPdfWriter for files, a
// QPrinter for the printer and its preview): the running header, the body flowing from
// page to page (QTextDocument breaks lines and table rows, never clips them), and the
// footer with the page number, the print date and the file's name.

#include "PrintSettings.h"
#include "Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;
struct PrintedDocument;

class PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    /// The typeface of every document; DejaVu ships with fontconfig on Debian and covers
    /// the accented and non-Latin letters of candidates' names.
    static QString fontFamily();

    /// Sets the device's paper and the margins every document uses.
    static void preparePage(QPagedPaintDevice& device, PrintSettings::Paper paper);

    /// Paints every section of `document` on `device`, each from a new page. Returns how
    /// many pages were painted, or why painting could not start.
    static Result<int> render(const PrintedDocument& document, QPagedPaintDevice& device);
};
