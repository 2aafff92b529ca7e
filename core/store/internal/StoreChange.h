// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one unit of work changed, as Store::write() records it in the audit trail.
// Internal to the store layer.

#include "store/Store.h"

#include <QJsonObject>

struct Store::Change {
    QString action;  ///< e.g. "candidate.update"
    QString entity;  ///< e.g. "candidate"
    QString entityId;
    QString subjectId;  ///< whose history the change belongs to; the entity itself when empty
    QJsonObject before;  ///< empty when the record is new
    QJsonObject after;  ///< empty when the record was removed
    /// The after value as its compact JSON text already, used instead of `after` when not
    /// null: an import's list of thousands is written as it goes, not held as a QJsonArray.
    QString afterText;
    bool nothingChanged = false;  ///< set by work that found nothing to do: no commit, no entry
};
