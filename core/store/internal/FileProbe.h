// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Looks at a path before SQLite touches it, reading only its first 100 bytes, so that a
// folder, a broken link, a stranger's file, a newer file or a file in WAL mode is refused
// with a clear message and left exactly as it was.

#include "Result.h"

/// Which of our file types a path should hold.
struct FileKind {
    qint32 applicationId;
    int currentVersion;
    QString description;  ///< translated, with its article: "an Accreditation Desk file"
    QString extension;  ///< e.g. ".accred"

    static FileKind accreditation();
    static FileKind review();
};

struct FileHeader {
    qint32 applicationId = 0;
    int userVersion = 0;
    bool walMode = false;
    bool readOnlyHere = false;  ///< the file or its folder cannot be written by this user
};

namespace FileProbe {

/// Ok with what the header says when the path holds a file of `kind` that this build can
/// open; otherwise the reason to refuse it. Never writes.
Result<FileHeader> inspect(const QString& path, const FileKind& kind = FileKind::accreditation());

}  // namespace FileProbe
