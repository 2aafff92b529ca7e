// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the PDF text extractor (Qt PDF), on arbitrary bytes as an attached PDF,
// through the product's own path: a reader process stopped after PdfText::kTimeLimitMs.
// Whatever the bytes, reading ends in bounded time with an outcome that says what happened.

#include "ExtractorCheck.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ExtractorCheck::read(data, size, QStringLiteral("application/pdf"));
    return 0;
}
