// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The write and read helpers that the store's record files share: stamping a record's
// identity and version, binding it, a version-checked save that tells a lost update from
// a failure, and reading every row of a query. Internal to the store layer.

#include "Clock.h"
#include "store/internal/SqlError.h"
#include "store/Store.h"
#include "store/internal/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace StoreSql {

inline void stamp(RecordMeta& meta, const Actor& actor)
{
    if (meta.id.isNull()) {
        meta.id = QUuid::createUuid();
    }
    meta.rowVersion += 1;
    meta.modifiedAt = Clock::nowUtc();
    meta.modifiedBy = actor.label();
}

inline void bindMeta(QSqlQuery& q, const RecordMeta& meta, bool isUpdate = false)
{
    q.bindValue(QStringLiteral(":id"), idText(meta.id));
    q.bindValue(QStringLiteral(":row_version"), meta.rowVersion);
    q.bindValue(QStringLiteral(":modified_at"), timeText(meta.modifiedAt));
    q.bindValue(QStringLiteral(":modified_by"), meta.modifiedBy);
    if (isUpdate) {  // an INSERT has no such placeholder, and an unused binding fails the query
        q.bindValue(QStringLiteral(":read_version"), meta.rowVersion - 1);
    }
}

/// Runs an INSERT (new record) or version-checked UPDATE and says which failed how.
inline Status execSave(QSqlQuery& q, bool isNew, const QString& what)
{
    if (!q.exec()) {
        return sqlFailure(q.lastError(), Store::tr("Could not save %1.").arg(what));
    }
    if (!isNew && q.numRowsAffected() != 1) {
        return Status::failure(ErrorCode::Conflict,
                               Store::tr("%1 was changed or removed by someone else after you opened it. Your "
                                         "changes were not saved; reload and make them again.")
                                   .arg(what));
    }
    return Status::success();
}

/// Runs one prepared statement with its bindings; the failure names `failure`. Rows are
/// then read by the names the statement gives its columns (`q.value(u"family_name"_s)`),
/// never by position, so that a column added to a SELECT cannot shift the others.
inline Result<QSqlQuery> exec(const QString& connection, const QString& sql, const QVariantMap& bindings,
                              const QString& failure)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return Result<QSqlQuery>(sqlError(q.lastError(), failure));
    }
    return q;
}

/// Every row of a statement, each made by `read` from the query positioned on it.
template<typename T, typename Reader>
inline Result<QList<T>> readAll(const QString& connection, const QString& sql, const QVariantMap& bindings, Reader read,
                                const QString& failure)
{
    auto q = exec(connection, sql, bindings, failure);
    if (!q.ok()) {
        return Result<QList<T>>(q.error());
    }
    QList<T> list;
    while (q.value().next()) {
        list.append(read(q.value()));
    }
    return list;
}

}  // namespace StoreSql
