// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct SqlErrorText {
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)
};

// SQLITE_READONLY_ROLLBACK: a hot journal that a read-only connection cannot replay.
constexpr int kReadOnlyRollback = 776;

enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26
};

}  // namespace

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : 0;
}

bool sqliteBusy(const QSqlError& error)
{
    const int code = sqliteCode(error);
    return code == Busy || code == Locked;
}

Error sqlError(const QSqlError& error, const QString& context)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (error.nativeErrorCode().toInt() == kReadOnlyRollback) {
        return {
            ErrorCode::ReadOnly,
            context + QLatin1Char(' ') +
                SqlErrorText::tr("A save to the file was interrupted; its journal (the file of the same name ending in "
                                 "\"-journal\") lies beside it. Do not copy, move or replace either file, and do "
                                 "not open it with other tools: the officer who edits it should open it for editing "
                                 "in Accreditation Desk, which checks that the journal belongs to the file before "
                                 "completing the save.")};
    }
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return {ErrorCode::Busy,
                context + QLatin1Char(' ') +
                    SqlErrorText::tr(
                        "Someone else is saving to the file right now. Nothing was changed; try again in a moment.")};
    case ReadOnly:
        return {ErrorCode::ReadOnly,
                context + QLatin1Char(' ') +
                    SqlErrorText::tr(
                        "The file can only be read here (%1). Ask the officer who edits it, or check the folder's "
                        "permissions.")
                        .arg(detail)};
    case IoErr:
        // What failed (the audit entry, the record) depends only on when the data reached
        // the disk, so the context would mislead: say what matters.
        return {ErrorCode::Io,
                SqlErrorText::tr("The file could not be written: the disk may be full, a quota or size limit "
                                 "reached, or the network share gone (%1). Nothing was saved; free some space or "
                                 "check the connection, then save again.")
                    .arg(detail)};
    case Corrupt:
    case NotADb:
        return {ErrorCode::Damaged,
                context + QLatin1Char(' ') +
                    SqlErrorText::tr("The file is damaged (%1). Stop working in it and restore the latest backup.")
                        .arg(detail)};
    case Full:
        return {ErrorCode::DiskFull,
                SqlErrorText::tr("The disk is full. Nothing was saved; free some space and save again.")};
    case CantOpen:
        return {
            ErrorCode::Io,
            context + QLatin1Char(' ') +
                SqlErrorText::tr("The file could not be opened (%1). Check that the folder is reachable.").arg(detail)};
    case Constraint:
        return {ErrorCode::Invalid,
                context + QLatin1Char(' ') +
                    SqlErrorText::tr("The file refused a value that breaks its rules (%1).").arg(detail)};
    default:
        return {ErrorCode::Internal, context + QLatin1Char(' ') + detail};
    }
}
