// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every text extractor promises, checked on each fuzz input: text that is not blank
// and has only \n line breaks, or no text with a reason when it failed or is unsupported.

#include "FuzzSupport.h"
#include "TextExtractor.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ExtractorCheck {

inline void broken(const char* what)
{
    std::fprintf(stderr, "Extractor promise broken: %s\n", what);
    std::abort();
}

inline void read(const uint8_t* data, size_t size, const QString& mediaType);

inline void read(const QByteArray& content, const QString& mediaType)
{
    const DocumentText document = TextExtractor::read(content, mediaType);
    if (document.extractorVersion != TextExtractor::kVersion) {
        broken("the extractor's version is not recorded");
    }
    switch (document.outcome) {
    case TextOutcome::Text:
        if (document.text.trimmed().isEmpty()) {
            broken("blank text is reported as text");
        }
        if (document.text.contains(QLatin1Char('\r'))) {
            broken("a carriage return is left in the text");
        }
        break;
    case TextOutcome::Failed:
    case TextOutcome::Unsupported:
        if (document.detail.isEmpty()) {
            broken("no reason is given for a document without text");
        }
        [[fallthrough]];
    default:
        if (!document.text.isEmpty()) {
            broken("text is kept with an outcome that is not text");
        }
    }
}

inline void read(const uint8_t* data, size_t size, const QString& mediaType)
{
    read(QByteArray(reinterpret_cast<const char*>(data), int(size)), mediaType);
}

}  // namespace ExtractorCheck
