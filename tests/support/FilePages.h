// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a table's rows lie in the file, for the tests that damage one page of it and check
// what each path then does (tests/core/TestDocumentDamage, tests/cli/TestReadOnlyDamageCli).
// Read straight through SQLite, read-only, as a tool outside the program would.

#include <QByteArray>
#include <QList>
#include <QString>

#include <sqlite3.h>

namespace TestSupport {

/// The numbers of the pages of `table` of dbstat's page type `type` ("leaf", "overflow",
/// "internal"), in order; empty when the file cannot be read.
inline QList<int> pagesOf(const QString& file, const QString& table, const QString& type)
{
    QList<int> pages;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = '%2' "
                                              "ORDER BY pageno")
                                   .arg(table, type)
                                   .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                pages.append(sqlite3_column_int(statement, 0));
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return pages;
}

}  // namespace TestSupport
