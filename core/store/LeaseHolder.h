// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who holds the file's editing lease, as the window and the CLI name them in messages. The
// lease itself (read, written, announced by a lock file) is the store's own
// (store/internal/EditingLease.h).

#include <QDateTime>
#include <QString>

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

/// "<file>.lock" beside the file.
QString lockFilePath(const QString& filePath);

}  // namespace EditingLease
