// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PDF files of printed documents. Every file is written through QSaveFile: it appears
// under its name whole, or not at all (a full disk or a lost share leaves no half file).

#include "PrintSettings.h"
#include "Result.h"

#include <QCoreApplication>

struct PrintedDocument;

class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)

public:
    /// The PDF of `document` on `paper`, in memory; the caller owns the bytes.
    static Result<QByteArray> bytes(const PrintedDocument& document, PrintSettings::Paper paper,
                                    const QString& title = QString());
    /// Writes the PDF of `document` at `path`, replacing a file there only once the new
    /// one is whole. Returns the number of pages, or why nothing was written.
    static Result<int> write(const PrintedDocument& document, const QString& path, PrintSettings::Paper paper,
                             const QString& title = QString());
    /// Writes `content` at `path` the same way (e-mail drafts, PDFs made in memory).
    static Status save(const QByteArray& content, const QString& path);
};
