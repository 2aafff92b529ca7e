// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text layer of a PDF, page by page, read in this process through Qt PDF (PDFium). Only
// the reader process (accreditation-desk-pdf-text, PdfTextChild.cpp) calls it: PDFium can
// loop for ever on a hostile PDF (tests/fuzz/regressions/pdf_text/), and only a process can
// be stopped. Everything else reads PDFs through PdfText::read.

#include <QByteArray>
#include <QString>

namespace PdfPages {

/// Why a PDF could not be opened, as the reader process reports it.
enum class Problem : int { None = 0, Password = 1, Security = 2, Damaged = 3, Other = 4 };

struct Pages {
    Problem problem = Problem::Other;
    QString text;  ///< every page's text, pages separated by a blank line; trimmed
};

Pages read(const QByteArray& content);

}  // namespace PdfPages
