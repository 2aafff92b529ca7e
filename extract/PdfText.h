#pragma once
// The text layer of a PDF, page by page, through Qt PDF (PDFium). Works without a
// QGuiApplication and in any thread: Qt PDF serialises its calls into PDFium.

#include "DocumentText.h"

namespace PdfText {

/// Text of every page, pages separated by a blank line; NoTextLayer when no page has any
/// (a scan), Failed when the file cannot be opened.
DocumentText read(const QByteArray& content);

} // namespace PdfText
