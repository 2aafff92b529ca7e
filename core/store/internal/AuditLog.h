// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file's audit trail: one entry per committed change, chained by SHA-256 so that an
// edited, inserted or deleted entry breaks the chain and `check` names the first broken
// link. The chain detects tampering; it cannot prevent it: the folder's permissions do.

#include "Result.h"
#include "store/AuditEntry.h"

#include <QList>

#include <functional>

namespace AuditLog {

/// Appends `entry` (seq, hashes filled in here) inside the caller's write transaction.
Status append(const QString& connectionName, AuditEntry entry);

/// Entries oldest first; all of them, or those of one subject.
Result<QList<AuditEntry>> entries(const QString& connectionName, const QString& subjectId = {});

/// Rewrites the old and new values of `subjectId`'s entries through `redact`, inside the
/// caller's transaction. For erasing personal data only: it is the one way an entry changes
/// after it was written. Entries of format 12 keep their hashes (they cover the values'
/// digests); older ones are sealed again from the first changed. Returns the first
/// sequence number changed (0 when none).
Result<qint64> redactSubject(const QString& connectionName, const QString& subjectId,
                             const std::function<QString(const QString& json)>& redact);

/// Empty when the chain is whole; otherwise a sentence naming the first broken link. An
/// empty trail is damage: every file's trail begins with its creation.
Result<QString> verify(const QString& connectionName);

/// The last entry's sequence number, hash and state; seq 0 when the trail is empty.
Result<AuditEntry> last(const QString& connectionName);

/// The hash of entry `seq`; empty when there is none. Reads one row.
Result<QString> hashAt(const QString& connectionName, qint64 seq);

/// Upgrading to format 12: rewrites a whole chain of older entries into the form whose
/// hashes cover the values' digests, so that a later erasure never rewrites it. A broken
/// chain is left as it is, for `check` to keep naming its broken link.
Status convertToDigests(const QString& connectionName);

}  // namespace AuditLog
