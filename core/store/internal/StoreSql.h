// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between domain values and the text SQLite keeps, shared by the store's
// source files. Internal to the store layer.

#include "domain/RecordMeta.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace StoreSql {

/// Text for a NOT NULL column: a null QString would bind as SQL NULL, an empty one as ''.
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toTime(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

template<typename E>
QVariant keyValue(const std::optional<E>& value)
{
    return value ? QVariant(keyOf(*value)) : QVariant(QMetaType::fromType<QString>());
}

template<typename E>
std::optional<E> toKey(const QVariant& value)
{
    return value.isNull() ? std::nullopt : fromKey<E>(value.toString());
}

template<typename E>
E toKey(const QVariant& value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

/// Reads a record's identity and version from the columns id, row_version, modified_at and
/// modified_by of the current row.
inline RecordMeta readMeta(const QSqlQuery& query)
{
    RecordMeta meta;
    meta.id = QUuid::fromString(query.value(QStringLiteral("id")).toString());
    meta.rowVersion = query.value(QStringLiteral("row_version")).toLongLong();
    meta.modifiedAt = toTime(query.value(QStringLiteral("modified_at")));
    meta.modifiedBy = query.value(QStringLiteral("modified_by")).toString();
    return meta;
}

}  // namespace StoreSql
