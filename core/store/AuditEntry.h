// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One entry of the file's audit trail, as `Store::auditTrail` hands it out: who changed
// which record, when, from what to what, and the link that chains it to the entry before.
// The trail itself (append, verify, redact) is the store's own (store/internal/AuditLog.h).

#include <QDateTime>
#include <QString>

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;  ///< UTC
    QString actor;  ///< person@machine
    QString action;  ///< e.g. "candidate.update"
    QString entity;  ///< the table's concept, e.g. "candidate"
    QString entityId;  ///< the record changed
    QString subjectId;  ///< whose history it belongs to: the candidate, or the record itself
    QString oldValue;  ///< JSON of the record before, "null" when created
    QString newValue;  ///< JSON after, "null" when removed
    /// SHA-256 of the values as written (format 12). The hash covers these, not the values,
    /// so that erasing personal data redacts the values without rewriting the chain.
    QString oldDigest;
    QString newDigest;
    /// The records' state after this change (RecordSeal), chained with the entry; empty in
    /// entries written before format 12 and not converted ("unsealed" when converted).
    QString state;
    QString prevHash;
    QString hash;
};

namespace AuditLog {

/// The hash an entry must carry, from its fields and the previous hash.
QString hashOf(const AuditEntry& entry);

}  // namespace AuditLog
