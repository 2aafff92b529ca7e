// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The write and read helpers that the store's record files share: stamping a record's
// identity and version, binding it, a version-checked save that tells a lost update from
// a failure, and reading every row of a query. Internal to the store layer.

#include "Clock.h"
#include "SqlError.h"
#include "Store.h"
#include "StoreSql.h"

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

template<typename T, typename Reader>
inline Result<QList<T>> readAll(const QString& connection, const QString& sql, const QVariantMap& bindings, Reader read,
                                const QString& failure)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        return Result<QList<T>>(sqlError(q.lastError(), failure));
    }
    QList<T> list;
    while (q.next()) {
        list.append(read(q));
    }
    return list;
}

}  // namespace StoreSql
