// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What this computer last saw of a file's audit trail. A tool that rewrites a file's history
// and recomputes its whole chain leaves a chain that is whole in itself; only a record kept
// elsewhere can tell. Each account on each computer keeps, per file (its identity and
// place), the last entry it saw; an open warns when the file's trail no longer holds it.
// Kept in the user's configuration folder (QStandardPaths::GenericConfigLocation).

#include <QString>

#include <optional>

namespace SeenHistory {

struct Head {
    qint64 seq = 0;
    QString hash;
};

/// The last entry seen of the file with `fileId` at `path`, if this account saw it before.
std::optional<Head> remembered(const QString& fileId, const QString& path);

/// Remembers `head` as the last entry seen of the file.
void remember(const QString& fileId, const QString& path, const Head& head);

/// Where the heads are kept.
QString settingsPath();

}  // namespace SeenHistory
