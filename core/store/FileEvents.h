// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an open file tells those who show it: after each commit of Store::write, and when a
// commit of another process is seen (Store::hasChangedElsewhere), what changed. Owned by
// the Store; a page connects to it instead of being told by its neighbours. A reviewer's
// own review file, saved beside the file, is told of too.

#include "store/FileChange.h"

#include <QObject>
#include <QUuid>

class FileEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// One commit of this Store: exactly one change. Commits seen from elsewhere: one change
    /// per audit entry since the last one seen, oldest first, or one unknown change when
    /// the trail cannot say (it was replaced, or too much happened to list).
    void changed(const QList<FileChange>& changes);
    /// The reviewer's own review file beside the file (ReviewerWork) changed for
    /// `candidateId`: their scores or conflicts, not yet imported into the file.
    void reviewFileChanged(const QUuid& candidateId);
    /// What this session may do changed: it turned read-only (damage found before a change,
    /// the editing taken over) or editable again (a takeover). Store::readOnlyReason() says why.
    void accessChanged();
};
