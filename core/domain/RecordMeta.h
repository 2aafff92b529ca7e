// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every stored record carries besides its content: a stable identity that survives
// copies and merges, and the version that makes a lost update detectable.

#include <QDateTime>
#include <QString>
#include <QUuid>

struct RecordMeta {
    QUuid id;  ///< stable across files; null until first saved
    qint64 rowVersion = 0;  ///< 0 for a record never saved; the store bumps it on every save
    QDateTime modifiedAt;  ///< UTC
    QString modifiedBy;  ///< the person (and machine) who last saved it

    bool isNew() const { return rowVersion == 0; }
};

/// Longest text any field accepts. Generous on purpose: a pasted CV summary must never be
/// cut, and a limit exists only so that a runaway paste cannot bloat the shared file.
constexpr int kMaxTextLength = 2 * 1024 * 1024;
