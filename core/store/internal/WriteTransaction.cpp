// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/WriteTransaction.h"

#include "store/internal/SqlError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct WriteTransactionText {
    Q_DECLARE_TR_FUNCTIONS(WriteTransactionText)
};

constexpr int kBusy = 5;
constexpr int kLocked = 6;

bool isBusy(const QSqlError& error)
{
    const int code = sqliteCode(error);
    return code == kBusy || code == kLocked;
}

}  // namespace

WriteTransaction::WriteTransaction(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        rollback();
    }
}

Status WriteTransaction::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError last;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_active = true;
            return Status::success();
        }
        last = query.lastError();
        if (!isBusy(last)) {
            break;
        }
        QThread::msleep(50 * attempt);
    }
    return sqlFailure(last, WriteTransactionText::tr("Could not start saving."));
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError last;
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("COMMIT"))) {
            m_active = false;
            return Status::success();
        }
        last = query.lastError();
        // A busy COMMIT leaves the transaction open and may be retried; anything else
        // (disk full, I/O) is final.
        if (!isBusy(last)) {
            break;
        }
        QThread::msleep(50 * attempt);
    }
    rollback();
    return sqlFailure(last, WriteTransactionText::tr("Could not save."));
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // After some errors (disk full, I/O) SQLite has already rolled back; a failing
    // ROLLBACK then only says "no transaction is active".
    query.exec(QStringLiteral("ROLLBACK"));
    // A failed commit can leave the journal hot until this connection next reads; read now,
    // so SQLite undoes the unit at once and readers elsewhere are not locked out meanwhile.
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    query.finish();
    m_active = false;
}
