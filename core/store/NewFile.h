// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Giving a file made under a temporary name its real name, without ever touching a file that
// already has that name. QFile::rename() is not enough: it checks first and renames after,
// and when a file appears in between, it falls back to copying over it (truncating what
// another process just made). Two officers making the same backup, review file or demo at
// once must end with one whole file and one clear "already exists".

#include <QString>

namespace NewFile {

enum class Placed {
    Done,  ///< `temporary` now has the name `target`.
    Exists,  ///< something (a file, a link) already has that name; nothing changed.
    Failed,  ///< could not be renamed (permissions, another disk); nothing changed.
};

/// Renames `temporary` to `target` in one step of the file system that fails when `target`
/// exists (renameat2 with RENAME_NOREPLACE, or a hard link where that is not supported).
Placed place(const QString& temporary, const QString& target);

}  // namespace NewFile
