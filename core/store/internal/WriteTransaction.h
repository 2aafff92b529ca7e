// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One unit of work on the file. Starts with BEGIN IMMEDIATE, so the write lock is taken
// before anything is read (Qt's transaction() sends a deferred BEGIN, which fails at once
// when another process writes), retries while another writer holds the file, and runs
// COMMIT as a query so that its native error survives. Rolls back unless committed.

#include "Result.h"

class WriteTransaction
{
public:
    explicit WriteTransaction(QString connectionName);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    /// Commits; on failure the transaction is rolled back and nothing was written.
    Status commit();
    void rollback();

    /// How often begin and commit retry after the busy timeout ran out.
    static constexpr int kAttempts = 3;

private:
    QString m_connection;
    bool m_active = false;
};
