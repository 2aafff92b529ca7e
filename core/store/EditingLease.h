// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who may write the shared file now. One editor at a time holds the lease, recorded in the
// file (person, machine, since, last heartbeat) and announced by a lock file beside it for
// people browsing the share. The lease belongs to a person on a machine: their own
// processes there share it. A lease without a heartbeat for kStaleAfterSeconds may be
// taken over, after the user confirmed it, naming the holder.

#include "Result.h"

#include <QDateTime>
#include <optional>

struct Actor;

struct LeaseHolder {
    QString person;
    QString machine;
    QString session;  ///< the process that took it
    QDateTime since;
    QDateTime heartbeat;
    /// How many processes of the holder share the lease: the last one to close hands it back.
    int sessions = 1;

    bool isHeldBy(const Actor& actor) const;
    bool isStale(const QDateTime& now) const;
    /// "Sara Ito on PC-12 since 09:14", for messages.
    QString describe() const;
};

namespace EditingLease {

constexpr int kHeartbeatSeconds = 30;
constexpr int kStaleAfterSeconds = 120;

/// The current holder, if any. Call inside a transaction when the answer decides a write.
Result<std::optional<LeaseHolder>> read(const QString& connectionName);
Status write(const QString& connectionName, const LeaseHolder& holder);
Status remove(const QString& connectionName);

/// "<file>.lock" beside the file.
QString lockFilePath(const QString& filePath);
/// Best effort: the lock file only informs; the lease in the file decides.
void writeLockFile(const QString& filePath, const LeaseHolder& holder);
void removeLockFile(const QString& filePath);

}  // namespace EditingLease
