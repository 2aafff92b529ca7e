// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one named Qt Sql connection to a file, opened the way our files must be opened:
// by URI with mode=rw or mode=ro (so a missing share never becomes a new empty file), a
// busy timeout, foreign keys on, trusted_schema off, SQLite's defensive mode, rollback
// journal and synchronous=FULL. One connection per thread, never shared.

#include "Result.h"

struct sqlite3;

class SqlConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    /// Opens `path`; on failure the connection is closed again and nothing was written.
    Status open(const QString& path, Mode mode);
    void close();

    /// The name to pass to QSqlDatabase::database().
    const QString& name() const { return m_name; }

    static constexpr int kBusyTimeoutMs = 10000;

    /// SQLite's own handle of the Qt connection `connectionName`, for what Qt Sql cannot do
    /// or does slowly; null when the driver is not SQLite. Owned by the connection.
    static sqlite3* nativeHandle(const QString& connectionName);

    /// How many times SQLite met a damaged page or record (SQLITE_CORRUPT, SQLITE_NOTADB) in
    /// this process so far, on any connection: SQLite reports each through its log, even where
    /// a reading loop takes the failed step for the end of its rows (docs/performance.md,
    /// "What an open checks").
    static int damageMet();

private:
    QString m_name;
};
