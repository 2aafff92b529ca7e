// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text layer of a PDF, read in a process of its own (accreditation-desk-pdf-text, beside
// the programs) that is stopped after a time limit: Qt PDF (PDFium) loops for ever on some
// hostile PDFs (tests/fuzz/regressions/pdf_text/page-tree-lists-itself.pdf), and only a
// process can be stopped. Safe in any thread, several at once.

#include "domain/DocumentText.h"

namespace PdfText {

/// How long reading one PDF may take before its reader is stopped.
constexpr int kTimeLimitMs = 5000;

/// Text of every page, pages separated by a blank line; NoTextLayer when no page has any
/// (a scan), Failed with the reason when the file cannot be opened, its reader is missing
/// or stops, or reading takes longer than `timeLimitMs`.
DocumentText read(const QByteArray& content, int timeLimitMs = kTimeLimitMs);

/// The reader program: beside the running program, or in the build tree for tests.
QString readerPath();

}  // namespace PdfText
