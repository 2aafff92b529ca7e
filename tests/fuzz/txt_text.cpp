// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: plain text, on arbitrary bytes as an attached text file. Whatever the
// bytes, reading ends with an outcome that says what happened.

#include "ExtractorCheck.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ExtractorCheck::read(data, size, QStringLiteral("text/plain"));
    return 0;
}
