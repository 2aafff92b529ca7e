// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a table's rows lie in the file, for the tests that damage one page of it and check
// what each path then does (TestDocumentDamage, TestReadOnlyDamageCli, TestDocumentDamageWindow).
// Read straight through SQLite, read-only, as a tool outside the program would.

#include <QByteArray>
#include <QFile>
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

/// The root page of `table`; 0 when the file cannot be read.
inline int rootPageOf(const QString& file, const QString& table)
{
    int root = 0;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                                   .arg(table)
                                   .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            root = sqlite3_column_int(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return root;
}

/// The file's page size, from its header; 0 when it cannot be read.
inline int pageSizeOf(const QString& file)
{
    QFile f(file);
    const QByteArray header = f.open(QIODevice::ReadOnly) ? f.read(18) : QByteArray();
    return header.size() == 18 ? (uchar(header.at(16)) << 8) | uchar(header.at(17)) : 0;
}

/// Breaks the b-tree header of `table`'s root page, as the hostile-file tests break pages:
/// every read of the table fails, and SQLite's check of it names the page.
inline bool breakRootPage(const QString& file, const QString& table)
{
    const int root = rootPageOf(file, table);
    const int pageSize = pageSizeOf(file);
    QFile f(file);
    if (root <= 1 || pageSize < 512 || !f.open(QIODevice::ReadWrite) || !f.seek(qint64(root - 1) * pageSize)) {
        return false;
    }
    QByteArray header = f.read(8);
    header[0] = char(header.at(0) ^ 0x5A);
    header[3] = char(header.at(3) ^ 0xFF);
    return f.seek(qint64(root - 1) * pageSize) && f.write(header) == 8;
}

}  // namespace TestSupport
