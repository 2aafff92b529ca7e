// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the text of an attached document for the full-text search: PDF (Qt PDF), DOCX and
// ODT (their XML, read from the zip), RTF (control words stripped), plain text. A scan or
// a picture is noted as having no text layer; the old binary Word format as unsupported;
// a damaged file as failed, with the reason. Never touches the store: safe to run in a
// worker thread, several documents at once.

#include "domain/DocumentText.h"

namespace TextExtractor {

/// Bumped when the extractor reads more or better, so that a file can tell which
/// documents an older one read.
constexpr int kVersion = 1;

/// What reading `content`, of `mediaType` (as DocumentType::sniff names it), gives. The
/// result's sha256 is left empty.
DocumentText read(const QByteArray& content, const QString& mediaType);

/// The same for a document the store handed out, with its sha256 filled in.
DocumentText read(const DocumentToRead& document);

}  // namespace TextExtractor
