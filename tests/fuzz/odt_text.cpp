// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the ODT text extractor (libzip, then content.xml), on arbitrary bytes as an
// attached ODT: a zip, or the XML of its text part (OfficeZip.h). Whatever the bytes,
// reading ends with an outcome that says what happened.

#include "ExtractorCheck.h"
#include "OfficeZip.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), int(size));
    const QString odt = QStringLiteral("application/vnd.oasis.opendocument.text");
    ExtractorCheck::read(OfficeZip::document(input, "content.xml", "application/vnd.oasis.opendocument.text"), odt);
    return 0;
}
