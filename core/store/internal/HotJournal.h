// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A rollback journal beside the file ("NAME-journal") left by a save that was interrupted.
// SQLite replays whatever journal lies beside a file into it, whether or not it was written
// for that file: after a backup was copied over a file that a crash left with a hot journal,
// or a journal of another file was copied beside it, the replay writes another file's pages
// into this one. Before an editor's session may let SQLite replay a journal, judge() checks
// that the journal was written for the file as it is, and Keep holds copies of both so that
// a replay that leaves the file damaged is undone.

#include "Result.h"

namespace HotJournal {

/// The journal's path for `path`.
QString journalPath(const QString& path);

/// Whether a journal that SQLite would replay lies beside `path`.
bool present(const QString& path);

/// Ok when the journal beside `path` was written for this file (or would change nothing);
/// otherwise a refusal saying what was found and what to do. Reads only.
Status judge(const QString& path);

/// Copies of the file and its journal, taken before a replay, put back by restore().
class Keep
{
public:
    Keep() = default;
    ~Keep();
    Keep(const Keep&) = delete;
    Keep& operator=(const Keep&) = delete;

    /// Copies `path` and its journal beside them (hidden names).
    Status take(const QString& path);
    /// Puts the file and the journal back as they were when taken.
    Status restore();
    /// Removes the copies (after a replay that left the file sound).
    void discard();

private:
    QString m_path;
    QString m_fileCopy;
    QString m_journalCopy;
};

}  // namespace HotJournal
