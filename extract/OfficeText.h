// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of word-processor documents that are zips of XML: DOCX (word/document.xml) and
// ODT (content.xml), read with libzip and QXmlStreamReader, one line per paragraph.

#include "domain/DocumentText.h"

namespace OfficeText {

enum class Format { Docx, Odt };

/// Failed (with the reason) when the zip or its XML is damaged; NoTextLayer when the
/// document holds no text.
DocumentText read(const QByteArray& content, Format format);

}  // namespace OfficeText
