// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Seals of the records: what makes a change made to the file outside the application
// visible. Each row of the file's tables has a seal in `record_seal` (the SHA-256 of the
// row's canonical form, keyed on its table and primary key), and every audit entry carries
// the *state*: a digest over all seals after its change. So the trail says what every
// record must be, and `check` names a record changed, added or removed by another tool:
// its row no longer matches its seal, or the seals no longer match the trail's last state,
// which is chained into the audit trail's hashes.
//
// The application's own connection records the rows each unit of work touches through
// temporary triggers (they live in that connection only, never in the file, so another
// tool's statements do not fire them), and the unit's audit entry seals exactly those rows.
// No write path can forget to seal: whatever a unit changes, its entry seals.
//
// Not sealed: the audit trail itself (chained), the editing lease (housekeeping: the
// heartbeat writes it without an audit entry), `file_info`'s audit head, and FTS5's own
// tables; the full-text rows are sealed through `search_row`, whose seal holds the text
// of the index row it maps, and FTS5's index is checked by its own integrity check.

#include "Result.h"

#include <QStringList>

namespace RecordSeal {

/// Makes the connection record the rows its writes touch. Call after the file is at the
/// current format, whenever a connection that writes is opened.
Status track(const QString& connectionName);

/// Seals the rows touched since the last seal, inside the caller's transaction, and
/// returns the state after them, starting from `previousState`. A connection that tracks
/// nothing returns `previousState`.
Result<QString> sealTouched(const QString& connectionName, const QString& previousState);

/// Seals every row of the file afresh (a new file, an upgrade) and returns the state.
Result<QString> sealAll(const QString& connectionName);

/// Seals the rows of `tables` afresh (an upgrade step rebuilt them with new keys) and
/// returns the state after, starting from `previousState`: their old seals leave the state,
/// the new ones join it; every other table's seals stay as they were, so a record changed
/// outside the application before the upgrade is still named by `check`.
Result<QString> resealTables(const QString& connectionName, const QStringList& tables, const QString& previousState);

/// Compares every row with its seal and the seals with `expectedState` (the last audit
/// entry's). One sentence per record changed, added or removed outside the application.
Result<QStringList> problems(const QString& connectionName, const QString& expectedState);

/// The state of an empty set of seals.
QString emptyState();

}  // namespace RecordSeal
