// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns SQLite's native result codes into errors a person can act on. QSqlError::type()
// is too coarse (a UNIQUE violation arrives as a ConnectionError), so we classify by the
// native code.

#include "Result.h"

class QSqlError;

/// SQLite's primary result code (the low byte of the extended code), 0 when there is none.
int sqliteCode(const QSqlError& error);

/// True when another connection held the file (SQLITE_BUSY or SQLITE_LOCKED): a wait, never damage.
bool sqliteBusy(const QSqlError& error);

/// An Error whose message starts with `context` and says what to do next.
Error sqlError(const QSqlError& error, const QString& context);

inline Status sqlFailure(const QSqlError& error, const QString& context)
{
    return Status(sqlError(error, context));
}
