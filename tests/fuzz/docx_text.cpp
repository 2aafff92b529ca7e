// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the DOCX text extractor (libzip, then word/document.xml), on arbitrary
// bytes as an attached DOCX: a zip, or the XML of its text part (OfficeZip.h). Whatever the
// bytes, reading ends with an outcome that says what happened.

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
    const QString docx = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    ExtractorCheck::read(OfficeZip::document(input, "word/document.xml", nullptr), docx);
    return 0;
}
