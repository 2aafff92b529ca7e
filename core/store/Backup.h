// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Consistent copies of an open file: VACUUM INTO a temporary name beside the target,
// verified (integrity, application id, format version), synced to disk, then renamed, so
// that a backup name never holds half a file, even while someone else writes.

#include "Result.h"

namespace Backup {

/// Copies the database behind `connectionName` to `target`, which must not exist yet.
Status write(const QString& connectionName, const QString& target);

/// Opens `path` read-only and checks what a restore or backup must be: ours, whole, and a
/// format this build reads. Never writes.
Status verify(const QString& path);

/// Where an automatic backup of `filePath` goes: a "<name>-backups" folder beside it, the
/// time and `why` in the name. The folder is created when missing.
Result<QString> automaticTarget(const QString& filePath, const QString& why);

}  // namespace Backup
