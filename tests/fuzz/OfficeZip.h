// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the DOCX and ODT fuzz targets: an input that is not a zip is taken for the text
// part's XML and zipped as the word processor would, so that the fuzzer's changes reach
// the XML reader; changed bytes inside a real zip mostly break its checksums, and the
// reader then stops at the zip. An input that starts like a zip is read as it is.

#include <QByteArray>

#include <zip.h>

namespace OfficeZip {

/// `content` as it is when it starts like a zip ("PK"), else a zip holding it as `entry`
/// (beside an ODT's "mimetype").
inline QByteArray document(const QByteArray& content, const char* entry, const char* mimetype)
{
    if (content.startsWith("PK")) {
        return content;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        zip_error_fini(&error);
        return content;
    }
    zip_source_keep(buffer);
    if (mimetype) {
        zip_file_add(archive, "mimetype", zip_source_buffer(archive, mimetype, qstrlen(mimetype), 0), ZIP_FL_OVERWRITE);
    }
    // libzip copies the data only at close; `content` outlives that.
    zip_file_add(archive, entry, zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0),
                 ZIP_FL_OVERWRITE);
    zip_close(archive);
    QByteArray zipped;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        zipped.resize(qsizetype(stat.size));
        zip_source_read(buffer, zipped.data(), stat.size);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return zipped;
}

}  // namespace OfficeZip
