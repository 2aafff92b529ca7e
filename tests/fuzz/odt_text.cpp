// Fuzz target: the ODT text extractor (libzip and its XML), as an attached document of type application/vnd.oasis.opendocument.text. Whatever
// the bytes, reading ends with an outcome that says what happened.

#include "ExtractorCheck.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ExtractorCheck::read(data, size, QStringLiteral("application/vnd.oasis.opendocument.text"));
    return 0;
}
