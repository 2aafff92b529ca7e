// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one committed change to the open file touched, as the audit trail names it: the
// window's pages read it to know whether what they show is still what the file holds.

#include <QList>
#include <QMetaType>
#include <QString>

struct FileChange {
    QString entity;  ///< e.g. "candidate"; empty when the file changed elsewhere in ways not known
    QString entityId;
    QString action;  ///< e.g. "candidate.update"
    QString subjectId;  ///< whose history the change belongs to (the candidate), as in the audit trail
    bool elsewhere = false;  ///< committed by another process, not through this Store

    /// True when the change may concern `entity`: it is that entity, or nothing is known.
    bool mayConcern(const QString& someEntity) const { return entity.isEmpty() || entity == someEntity; }
    /// True when nothing but "the file changed" is known (the trail was not a continuation).
    bool isUnknown() const { return entity.isEmpty(); }
};

Q_DECLARE_METATYPE(FileChange)
