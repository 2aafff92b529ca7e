// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who may write the shared file now. One editor at a time holds the lease, recorded in the
// file (person, machine, since, last heartbeat) and announced by a lock file beside it for
// people browsing the share. The lease belongs to a person on a machine: their own
// processes there share it. A lease without a heartbeat for kStaleAfterSeconds may be
// taken over, after the user confirmed it, naming the holder.

#include "Result.h"
#include "store/LeaseHolder.h"

#include <optional>

namespace EditingLease {

/// The current holder, if any. Call inside a transaction when the answer decides a write.
Result<std::optional<LeaseHolder>> read(const QString& connectionName);
Status write(const QString& connectionName, const LeaseHolder& holder);
Status remove(const QString& connectionName);

/// Best effort: the lock file only informs; the lease in the file decides.
void writeLockFile(const QString& filePath, const LeaseHolder& holder);
void removeLockFile(const QString& filePath);

}  // namespace EditingLease
