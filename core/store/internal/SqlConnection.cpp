// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/SqlConnection.h"

#include "store/internal/HotJournal.h"
#include "store/internal/SqlError.h"

#include <QSqlError>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

#include <sqlite3.h>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct SqlConnectionText {
    Q_DECLARE_TR_FUNCTIONS(SqlConnectionText)
};

// The driver hands out its sqlite3 handle so that we can switch on what Qt 6.4 has no
// connect option for.
sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

std::atomic<int> damageCount{0};

void noteDamage(void* /*context*/, int code, const char* /*message*/)
{
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
        damageCount.fetch_add(1, std::memory_order_relaxed);
    }
}

// SQLite takes its log callback only before it starts (before the first connection), so it
// is set while the program's statics are made, before main.
[[maybe_unused]] const bool damageLogged = sqlite3_config(SQLITE_CONFIG_LOG, noteDamage, nullptr) == SQLITE_OK;

}  // namespace

int SqlConnection::damageMet()
{
    return damageCount.load(std::memory_order_relaxed);
}

sqlite3* SqlConnection::nativeHandle(const QString& connectionName)
{
    return ::nativeHandle(QSqlDatabase::database(connectionName, false));
}

SqlConnection::SqlConnection()
    : m_name(QStringLiteral("accreditation-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::close()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

Status SqlConnection::open(const QString& path, Mode mode)
{
    close();
    // SQLite replays whatever journal lies beside a file at the first read of a connection
    // that may write, whichever file the journal was written for. Every such opening comes
    // through here (the shared file's, a review file's, taking over a lease), so this is
    // where another file's journal is refused, with both left as they are.
    if (mode == Mode::ReadWrite && HotJournal::present(path)) {
        if (auto judged = HotJournal::judge(path); !judged.ok()) {
            return judged;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QUrl uri = QUrl::fromLocalFile(path);
    const char* modeName = mode == Mode::ReadOnly ? "ro" : mode == Mode::Create ? "rwc" : "rw";
    uri.setQuery(QStringLiteral("mode=") + QLatin1String(modeName));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    QString options = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const Error error = sqlError(db.lastError(), SqlConnectionText::tr("Could not open the file."));
        db = QSqlDatabase();
        close();
        return Status(error);
    }
    if (sqlite3* handle = ::nativeHandle(db)) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    }
    const char* const pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
                                   "PRAGMA cell_size_check = ON", "PRAGMA secure_delete = ON",
                                   "PRAGMA synchronous = FULL"};
    for (const char* pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(pragma))) {
            const Error error =
                sqlError(query.lastError(), SqlConnectionText::tr("Could not prepare the file for use."));
            query = QSqlQuery();
            db = QSqlDatabase();
            close();
            return Status(error);
        }
    }
    return Status::success();
}
