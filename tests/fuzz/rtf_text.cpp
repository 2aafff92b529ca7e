// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the RTF text extractor, on arbitrary bytes as an attached RTF document.
// Whatever the bytes, reading ends with an outcome that says what happened.

#include "ExtractorCheck.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ExtractorCheck::read(data, size, QStringLiteral("application/rtf"));
    return 0;
}
