#pragma once
// The file's audit trail: one entry per committed change, chained by SHA-256 so that an
// edited, inserted or deleted entry breaks the chain and `check` names the first broken
// link. The chain detects tampering; it cannot prevent it: the folder's permissions do.

#include "Result.h"

#include <QDateTime>
#include <QList>

#include <functional>

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;        ///< UTC
    QString actor;       ///< person@machine
    QString action;      ///< e.g. "candidate.update"
    QString entity;      ///< the table's concept, e.g. "candidate"
    QString entityId;    ///< the record changed
    QString subjectId;   ///< whose history it belongs to: the candidate, or the record itself
    QString oldValue;    ///< JSON of the record before, "null" when created
    QString newValue;    ///< JSON after, "null" when removed
    QString prevHash;
    QString hash;
};

namespace AuditLog {

/// Appends `entry` (seq, hashes filled in here) inside the caller's write transaction.
Status append(const QString& connectionName, AuditEntry entry);

/// Entries oldest first; all of them, or those of one subject.
Result<QList<AuditEntry>> entries(const QString& connectionName, const QString& subjectId = {});

/// Rewrites the old and new values of `subjectId`'s entries through `redact` and seals the
/// chain again from the first entry changed, inside the caller's transaction. For erasing
/// personal data only: it is the one way an entry changes after it was written. Returns
/// the first sequence number changed (0 when none).
Result<qint64> redactSubject(const QString& connectionName, const QString& subjectId,
                             const std::function<QString(const QString& json)>& redact);

/// Empty when the chain is whole; otherwise a sentence naming the first broken link.
Result<QString> verify(const QString& connectionName);

/// The hash an entry must carry, from its fields and the previous hash.
QString hashOf(const AuditEntry& entry);

} // namespace AuditLog
