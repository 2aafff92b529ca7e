// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/RecordSeal.h"

#include "store/internal/SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct RecordSealText {
    Q_DECLARE_TR_FUNCTIONS(RecordSealText)
};

/// How many records `problems` names one by one before it counts the rest.
constexpr int kNamedAtMost = 100;

/// A table as the seals see it: its key and the columns its seal covers.
struct Shape {
    QString table;
    QStringList key;
    QStringList columns;
    QByteArray tableBytes;  ///< the table's and columns' names as a seal feeds them, made once
    QList<QByteArray> columnBytes;
    QString rowFilter;  ///< rows left out, as an SQL condition (empty: every row)
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString keyExpression(const Shape& shape, const QString& prefix)
{
    QStringList parts;
    for (const QString& column : shape.key) {
        parts.append(prefix + quoted(column));
    }
    return QStringLiteral("json_array(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Result<QList<Shape>> sealedShapes(QSqlDatabase db)
{
    using R = Result<QList<Shape>>;
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    // The trail is chained on its own, the lease is housekeeping, and FTS5's tables are
    // covered through search_row (its seal holds the text of the row it maps).
    if (!tables.exec(QStringLiteral(
            "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name NOT LIKE 'search\\_index%' ESCAPE '\\' "
            "AND name NOT IN ('audit_log', 'record_seal', 'editing_lease') ORDER BY name"))) {
        return R(sqlError(tables.lastError(), RecordSealText::tr("Could not read the file's layout.")));
    }
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(u"name"_s).toString());
    }
    tables.finish();
    QList<Shape> shapes;
    for (const QString& name : names) {
        Shape shape;
        shape.table = name;
        QSqlQuery info(db);
        info.setForwardOnly(true);
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(name)))) {
            return R(sqlError(info.lastError(), RecordSealText::tr("Could not read the file's layout.")));
        }
        QMap<int, QString> key;
        while (info.next()) {
            const QString column = info.value(u"name"_s).toString();
            if (const int pk = info.value(u"pk"_s).toInt(); pk > 0) {
                key.insert(pk, column);
            }
            // A document's key is the SHA-256 of its bytes, which `check` verifies itself:
            // sealing the bytes again would only read every document twice.
            if (!(name == QLatin1String("document") && column == QLatin1String("content"))) {
                shape.columns.append(column);
            }
        }
        shape.key = key.values();
        if (shape.key.isEmpty()) {
            // Every table of the format has a primary key; a row id would change with VACUUM.
            return R::failure(ErrorCode::Internal, RecordSealText::tr("The table %1 has no key to seal.").arg(name));
        }
        shape.tableBytes = name.toUtf8();
        for (const QString& column : std::as_const(shape.columns)) {
            shape.columnBytes.append(column.toUtf8());
        }
        if (name == QLatin1String("file_info")) {
            shape.rowFilter = QStringLiteral("x.\"key\" <> 'audit_head'");
        }
        shapes.append(shape);
    }
    return shapes;
}

// Each field is length-prefixed, as in the audit trail's hashes, so that text moved
// between columns changes the seal. The fields are gathered and hashed at once: the hash of
// the whole is the same, and one call costs far less than three a field (an import seals
// tens of thousands of rows).
void feed(QByteArray& message, const QByteArray& bytes)
{
    message.append(QByteArray::number(bytes.size()));
    message.append(':');
    message.append(bytes);
}

void feedValue(QByteArray& message, const QVariant& value)
{
    if (value.isNull()) {
        feed(message, QByteArrayLiteral("n"));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        feed(message, QByteArrayLiteral("i") + QByteArray::number(value.toLongLong()));
        break;
    case QMetaType::Double:
        feed(message, QByteArrayLiteral("r") + QByteArray::number(value.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray:
        feed(message, QByteArrayLiteral("b") +
                          QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex());
        break;
    default:
        feed(message, QByteArrayLiteral("t") + value.toString().toUtf8());
        break;
    }
}

bool mapsIndexRows(const Shape& shape)
{
    return shape.table == QLatin1String("search_row");
}

/// The columns a seal covers, read from the table as `x`; a search_row also reads the index
/// row it maps (as `s`), so that the full-text data is sealed with the rows that lead to it.
QString sealedColumns(const Shape& shape)
{
    QStringList columns;
    for (const QString& column : shape.columns) {
        columns.append(QStringLiteral("x.") + quoted(column));
    }
    if (mapsIndexRows(shape)) {
        columns << QStringLiteral("s.c0 AS index_owner") << QStringLiteral("s.c1 AS index_place")
                << QStringLiteral("s.c2 AS index_body");
    }
    return columns.join(QStringLiteral(", "));
}

QString indexJoin(const Shape& shape)
{
    // FTS5 keeps a row's columns (owner, place, body) in its content table, as c0, c1, c2:
    // read there through the table's key, the same values cost a plain lookup, where the
    // virtual table opened a cursor for every row (a third of an import's sealing).
    return mapsIndexRows(shape) ? QStringLiteral(" LEFT JOIN main.search_index_content s ON s.id = x.\"row\"")
                                : QString();
}

/// Where a row of everyRow() or touchedRows() holds the key and each value its seal covers,
/// found by the names the statement gives them, once per statement (the seals read every row
/// of the file). A name is looked for only among the columns that come after the ones before
/// it, so that a table's own column named like one of the statement's names never shadows it.
struct SealedAt {
    int key = -1;
    QList<int> values;  ///< the table's sealed columns, then the index row's (for search_row)
};

int columnIndex(const QSqlRecord& record, const QString& name, int from)
{
    for (int i = from; i < record.count(); ++i) {
        if (record.fieldName(i) == name) {
            return i;
        }
    }
    return -1;
}

SealedAt sealedAt(const Shape& shape, const QSqlRecord& record)
{
    SealedAt at;
    at.key = columnIndex(record, u"seal_key"_s, 0);
    for (const QString& column : shape.columns) {
        at.values.append(columnIndex(record, column, at.key + 1));
    }
    if (mapsIndexRows(shape)) {
        const int after = at.key + 1 + int(shape.columns.size());
        for (const QString& name : {u"index_owner"_s, u"index_place"_s, u"index_body"_s}) {
            at.values.append(columnIndex(record, name, after));
        }
    }
    return at;
}

/// Every row of the table, each with its key first.
QString everyRow(const Shape& shape)
{
    QStringList key;
    for (const QString& column : shape.key) {
        key.append(QStringLiteral("x.") + quoted(column));
    }
    return QStringLiteral("SELECT json_array(") + key.join(QStringLiteral(", ")) + QStringLiteral(") AS seal_key, ") +
           sealedColumns(shape) + QStringLiteral(" FROM main.") + quoted(shape.table) + QStringLiteral(" x") +
           indexJoin(shape) + (shape.rowFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + shape.rowFilter);
}

/// Every touched key of the table, with the row if it still exists (found through the
/// primary key's index), then the seal it had before this unit ("" when it is new) and
/// whether the row still exists, in the last two columns.
QString touchedRows(const Shape& shape)
{
    QStringList match;
    for (int i = 0; i < shape.key.size(); ++i) {
        match.append(QStringLiteral("x.") + quoted(shape.key.at(i)) +
                     QStringLiteral(" = json_extract(t.key, '$[%1]')").arg(i));
    }
    return QStringLiteral("SELECT t.key AS seal_key, ") + sealedColumns(shape) +
           QStringLiteral(", coalesce(r.digest, '') AS sealed_before, x.") + quoted(shape.key.constFirst()) +
           QStringLiteral(" IS NOT NULL AS still_there FROM (SELECT DISTINCT key FROM temp.touched_record WHERE tbl "
                          "= '") +
           shape.table + QStringLiteral("') t LEFT JOIN main.") + quoted(shape.table) + QStringLiteral(" x ON ") +
           match.join(QStringLiteral(" AND ")) + indexJoin(shape) +
           QStringLiteral(" LEFT JOIN record_seal r ON r.tbl = '") + shape.table +
           QStringLiteral("' AND r.key = t.key");
}

/// The seal of one row, from the values sealedColumns() reads, where `at` says.
QString digestOf(const Shape& shape, const QSqlQuery& row, const SealedAt& at)
{
    QByteArray message;
    message.reserve(512);
    feed(message, shape.tableBytes);
    for (int i = 0; i < shape.columns.size(); ++i) {
        feed(message, shape.columnBytes.at(i));
        feedValue(message, row.value(at.values.at(i)));
    }
    for (int i = int(shape.columns.size()); i < at.values.size(); ++i) {
        feedValue(message, row.value(at.values.at(i)));
    }
    return QString::fromLatin1(QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

QByteArray member(const QString& table, const QString& key, const QString& digest)
{
    QByteArray message;
    feed(message, table.toUtf8());
    feed(message, key.toUtf8());
    feed(message, digest.toLatin1());
    return QCryptographicHash::hash(message, QCryptographicHash::Sha256);
}

// The state is the XOR of the members: a seal comes and goes without reading the others.
// Every seal is also compared with its row, so a set of seals forged to give the same XOR
// still names the rows it no longer matches.
void toggle(QByteArray& state, const QByteArray& bytes)
{
    for (int i = 0; i < state.size() && i < bytes.size(); ++i) {
        state[i] = char(state.at(i) ^ bytes.at(i));
    }
}

QByteArray stateBytes(const QString& state)
{
    const QByteArray bytes = QByteArray::fromHex(state.toLatin1());
    return bytes.size() == 32 ? bytes : QByteArray(32, '\0');
}

Result<bool> tracking(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_schema WHERE name = 'touched_record'"))) {
        return Result<bool>(sqlError(q.lastError(), RecordSealText::tr("Could not seal the changed records.")));
    }
    return q.next();
}

/// Writes and removes seals with statements prepared once per pass.
class SealWriter
{
public:
    explicit SealWriter(QSqlDatabase db)
        : m_set(db)
        , m_remove(db)
    {
        m_set.prepare(QStringLiteral("INSERT INTO record_seal (tbl, key, digest) VALUES (:tbl, :key, :digest) "
                                     "ON CONFLICT (tbl, key) DO UPDATE SET digest = excluded.digest"));
        m_remove.prepare(QStringLiteral("DELETE FROM record_seal WHERE tbl = :tbl AND key = :key"));
    }

    /// Seals the row at `key` with `digest`; an empty digest removes its seal.
    Status write(const QString& table, const QString& key, const QString& digest)
    {
        QSqlQuery& q = digest.isEmpty() ? m_remove : m_set;
        if (!digest.isEmpty()) {
            q.bindValue(QStringLiteral(":digest"), digest);
        }
        q.bindValue(QStringLiteral(":tbl"), table);
        q.bindValue(QStringLiteral(":key"), key);
        if (!q.exec()) {
            return sqlFailure(q.lastError(), RecordSealText::tr("Could not seal the changed records."));
        }
        return Status::success();
    }

private:
    QSqlQuery m_set;
    QSqlQuery m_remove;
};

}  // namespace

QString RecordSeal::emptyState()
{
    return QString(64, QLatin1Char('0'));
}

Status RecordSeal::track(const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return Status(shapes.error());
    }
    QStringList statements = {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched_record (tbl TEXT NOT NULL, key TEXT NOT NULL)")};
    for (const Shape& shape : shapes.value()) {
        const QString table = quoted(shape.table);
        const QString name = QStringLiteral("seal_") + shape.table;
        const QString newWhen =
            shape.rowFilter.isEmpty() ? QString() : QStringLiteral(" WHEN NEW.\"key\" <> 'audit_head'");
        const QString oldWhen =
            shape.rowFilter.isEmpty() ? QString() : QStringLiteral(" WHEN OLD.\"key\" <> 'audit_head'");
        // A plain INSERT: the outer statement's conflict clause (an upsert) would override the
        // trigger's own, so the list may repeat a key and is read with DISTINCT.
        const QString record =
            QStringLiteral("INSERT INTO touched_record (tbl, key) VALUES ('") + shape.table + QStringLiteral("', ");
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") +
                          quoted(name + QStringLiteral("_insert")) + QStringLiteral(" AFTER INSERT ON main.") + table +
                          newWhen + QStringLiteral(" BEGIN ") + record + keyExpression(shape, QStringLiteral("NEW.")) +
                          QStringLiteral("); END"));
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") +
                          quoted(name + QStringLiteral("_update")) + QStringLiteral(" AFTER UPDATE ON main.") + table +
                          newWhen + QStringLiteral(" BEGIN ") + record + keyExpression(shape, QStringLiteral("OLD.")) +
                          QStringLiteral("); ") + record + keyExpression(shape, QStringLiteral("NEW.")) +
                          QStringLiteral("); END"));
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") +
                          quoted(name + QStringLiteral("_delete")) + QStringLiteral(" AFTER DELETE ON main.") + table +
                          oldWhen + QStringLiteral(" BEGIN ") + record + keyExpression(shape, QStringLiteral("OLD.")) +
                          QStringLiteral("); END"));
    }
    for (const QString& statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            return sqlFailure(q.lastError(), RecordSealText::tr("Could not prepare the file for sealing changes."));
        }
    }
    return Status::success();
}

Result<QString> RecordSeal::sealTouched(const QString& connectionName, const QString& previousState)
{
    using R = Result<QString>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto tracked = tracking(db);
    if (!tracked.ok()) {
        return R(tracked.error());
    }
    if (!tracked.value()) {
        return previousState;
    }
    QStringList tables;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT tbl FROM temp.touched_record"))) {
            return R(sqlError(q.lastError(), RecordSealText::tr("Could not seal the changed records.")));
        }
        while (q.next()) {
            tables.append(q.value(u"tbl"_s).toString());
        }
    }
    if (tables.isEmpty()) {
        return previousState.isEmpty() ? emptyState() : previousState;
    }
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return R(shapes.error());
    }
    // A table at a time, a row at a time: an import touches tens of thousands of records,
    // and none of them is held once sealed. The statement reads record_seal while the
    // writer changes it; each key comes once (DISTINCT) and only its own seal is written,
    // so no row the statement has yet to read is changed under it.
    QByteArray state = stateBytes(previousState);
    SealWriter writer(db);
    const auto seal = [&](const QString& table, const QString& key, const QString& before,
                          const QString& digest) -> Status {
        if (digest == before) {
            return Status::success();
        }
        if (!before.isEmpty()) {
            toggle(state, member(table, key, before));
        }
        if (!digest.isEmpty()) {
            toggle(state, member(table, key, digest));
        }
        return writer.write(table, key, digest);
    };
    for (const Shape& shape : shapes.value()) {
        if (!tables.contains(shape.table)) {
            continue;
        }
        tables.removeAll(shape.table);
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(touchedRows(shape))) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not seal the changed records.")));
        }
        const SealedAt at = sealedAt(shape, rows.record());
        const int before = rows.record().count() - 2;
        const int stillThere = rows.record().count() - 1;
        while (rows.next()) {
            const QString digest = rows.value(stillThere).toBool() ? digestOf(shape, rows, at) : QString();
            if (auto sealed = seal(shape.table, rows.value(at.key).toString(), rows.value(before).toString(), digest);
                !sealed.ok()) {
                return R(sealed.error());
            }
        }
    }
    // A table touched and then dropped within the unit: its rows are gone with their seals.
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT t.key AS seal_key, coalesce(r.digest, '') AS sealed_before FROM "
                                    "(SELECT DISTINCT key FROM temp.touched_record WHERE tbl = :tbl) t "
                                    "LEFT JOIN record_seal r ON r.tbl = :same AND r.key = t.key"));
        rows.bindValue(QStringLiteral(":tbl"), table);
        rows.bindValue(QStringLiteral(":same"), table);
        if (!rows.exec()) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not seal the changed records.")));
        }
        while (rows.next()) {
            if (auto sealed = seal(table, rows.value(u"seal_key"_s).toString(),
                                   rows.value(u"sealed_before"_s).toString(), QString());
                !sealed.ok()) {
                return R(sealed.error());
            }
        }
    }
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM temp.touched_record"))) {
        return R(sqlError(clear.lastError(), RecordSealText::tr("Could not seal the changed records.")));
    }
    return QString::fromLatin1(state.toHex());
}

Result<QString> RecordSeal::sealAll(const QString& connectionName)
{
    using R = Result<QString>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return R(shapes.error());
    }
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM record_seal"))) {
        return R(sqlError(clear.lastError(), RecordSealText::tr("Could not seal the records.")));
    }
    QByteArray state(32, '\0');
    SealWriter writer(db);
    for (const Shape& shape : shapes.value()) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(everyRow(shape))) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not seal the records.")));
        }
        QList<QPair<QString, QString>> seals;
        const SealedAt at = sealedAt(shape, rows.record());
        while (rows.next()) {
            seals.append({rows.value(at.key).toString(), digestOf(shape, rows, at)});
        }
        rows.finish();
        for (const auto& [key, digest] : seals) {
            toggle(state, member(shape.table, key, digest));
            if (auto set = writer.write(shape.table, key, digest); !set.ok()) {
                return R(set.error());
            }
        }
    }
    const auto tracked = tracking(db);
    if (tracked.ok() && tracked.value()) {
        (void)clear.exec(QStringLiteral("DELETE FROM temp.touched_record"));
    }
    return QString::fromLatin1(state.toHex());
}

Result<QString> RecordSeal::resealTables(const QString& connectionName, const QStringList& tables,
                                         const QString& previousState)
{
    using R = Result<QString>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return R(shapes.error());
    }
    QByteArray state = stateBytes(previousState);
    SealWriter writer(db);
    for (const Shape& shape : shapes.value()) {
        if (!tables.contains(shape.table)) {
            continue;
        }
        QSqlQuery old(db);
        old.setForwardOnly(true);
        old.prepare(QStringLiteral("SELECT key, digest FROM record_seal WHERE tbl = :tbl"));
        old.bindValue(QStringLiteral(":tbl"), shape.table);
        if (!old.exec()) {
            return R(sqlError(old.lastError(), RecordSealText::tr("Could not seal the records.")));
        }
        while (old.next()) {
            toggle(state, member(shape.table, old.value(0).toString(), old.value(1).toString()));
        }
        old.finish();
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM record_seal WHERE tbl = :tbl"));
        clear.bindValue(QStringLiteral(":tbl"), shape.table);
        if (!clear.exec()) {
            return R(sqlError(clear.lastError(), RecordSealText::tr("Could not seal the records.")));
        }
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(everyRow(shape))) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not seal the records.")));
        }
        QList<QPair<QString, QString>> seals;
        const SealedAt at = sealedAt(shape, rows.record());
        while (rows.next()) {
            seals.append({rows.value(at.key).toString(), digestOf(shape, rows, at)});
        }
        rows.finish();
        for (const auto& [key, digest] : seals) {
            toggle(state, member(shape.table, key, digest));
            if (auto set = writer.write(shape.table, key, digest); !set.ok()) {
                return R(set.error());
            }
        }
    }
    return QString::fromLatin1(state.toHex());
}

Result<QStringList> RecordSeal::problems(const QString& connectionName, const QString& expectedState)
{
    using R = Result<QStringList>;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return R(shapes.error());
    }
    QHash<QString, QString> seals;  // "table\x1fkey" -> digest
    QByteArray sealsState(32, '\0');
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT tbl, key, digest FROM record_seal"))) {
            return R(sqlError(q.lastError(), RecordSealText::tr("Could not read the records' seals.")));
        }
        while (q.next()) {
            const QString table = q.value(u"tbl"_s).toString();
            const QString key = q.value(u"key"_s).toString();
            const QString digest = q.value(u"digest"_s).toString();
            toggle(sealsState, member(table, key, digest));
            seals.insert(table + QChar(0x1f) + key, digest);
        }
    }
    // Names to say whose record it is.
    QHash<QString, QString> candidateNames;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, family_name, given_names FROM candidate"))) {
            while (q.next()) {
                const QString given = q.value(u"given_names"_s).toString();
                const QString family = q.value(u"family_name"_s).toString();
                candidateNames.insert(q.value(u"id"_s).toString(),
                                      given.isEmpty() ? family : family + QStringLiteral(", ") + given);
            }
        }
    }
    const auto describe = [&](const QString& table, const QString& key, const QString& candidateId) {
        const QString readableKey = QJsonDocument::fromJson(key.toUtf8()).array().size() == 1
                                        ? key.mid(1, key.size() - 2).remove(QLatin1Char('"'))
                                        : key;
        if (table == QLatin1String("candidate")) {
            return candidateNames.contains(candidateId)
                       ? RecordSealText::tr("Candidate \"%1\" (%2)").arg(candidateNames.value(candidateId), candidateId)
                       : RecordSealText::tr("Candidate %1").arg(readableKey);
        }
        if (!candidateId.isEmpty() && candidateNames.contains(candidateId)) {
            return RecordSealText::tr("The %1 record %2 of candidate \"%3\"")
                .arg(table, readableKey, candidateNames.value(candidateId));
        }
        return RecordSealText::tr("The %1 record %2").arg(table, readableKey);
    };
    QStringList found;
    QSet<QString> unreadableTables;
    int unnamed = 0;
    const auto report = [&](const QString& sentence) {
        if (found.size() < kNamedAtMost) {
            found.append(sentence);
        } else {
            ++unnamed;
        }
    };
    for (const Shape& shape : shapes.value()) {
        const qsizetype candidateColumn = shape.table == QLatin1String("candidate")
                                              ? shape.columns.indexOf(QStringLiteral("id"))
                                              : shape.columns.indexOf(QStringLiteral("candidate_id"));
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // A table whose pages cannot be read (an open does not check the documents' table,
        // docs/performance.md) is named as damaged; the rest of the report still matters.
        const auto unreadable = [&]() {
            const Error error = sqlError(rows.lastError(), RecordSealText::tr("Could not read the records."));
            if (error.code != ErrorCode::Damaged) {
                return false;
            }
            unreadableTables.insert(shape.table);
            report(RecordSealText::tr("The %1 records could not be read (%2): that part of the file is damaged. "
                                      "Restore the latest backup.")
                       .arg(shape.table, rows.lastError().databaseText()));
            return true;
        };
        if (!rows.exec(everyRow(shape))) {
            if (unreadable()) {
                continue;
            }
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not read the records.")));
        }
        const SealedAt at = sealedAt(shape, rows.record());
        while (rows.next()) {
            const QString key = rows.value(at.key).toString();
            const QString digest = digestOf(shape, rows, at);
            const QString candidateId =
                candidateColumn >= 0 ? rows.value(at.values.at(candidateColumn)).toString() : QString();
            const auto seal = seals.constFind(shape.table + QChar(0x1f) + key);
            if (seal == seals.constEnd()) {
                report(RecordSealText::tr("%1 was added outside Accreditation Desk: the audit trail has no record "
                                          "of it.")
                           .arg(describe(shape.table, key, candidateId)));
                continue;
            }
            if (seal.value() != digest) {
                report(RecordSealText::tr("%1 was changed outside Accreditation Desk: it no longer matches the "
                                          "audit trail.")
                           .arg(describe(shape.table, key, candidateId)));
            }
            seals.remove(shape.table + QChar(0x1f) + key);
        }
        if (rows.lastError().isValid() && !unreadable()) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not read the records.")));
        }
    }
    for (auto it = seals.constBegin(); it != seals.constEnd(); ++it) {
        const QString table = it.key().section(QChar(0x1f), 0, 0);
        if (unreadableTables.contains(table)) {
            continue;  // named above as unreadable, not as removed
        }
        const QString key = it.key().section(QChar(0x1f), 1);
        const QJsonArray parts = QJsonDocument::fromJson(key.toUtf8()).array();
        // Keys that start with the candidate name them (candidate, candidate_language…).
        const QString first = parts.isEmpty() ? QString() : parts.at(0).toString();
        report(RecordSealText::tr("%1 was removed outside Accreditation Desk: the audit trail says it exists.")
                   .arg(describe(table, key, candidateNames.contains(first) ? first : QString())));
    }
    if (unnamed > 0) {
        found.append(
            RecordSealText::tr("… and %n more record(s) changed outside Accreditation Desk.", nullptr, unnamed));
    }
    if (QString::fromLatin1(sealsState.toHex()) != (expectedState.isEmpty() ? emptyState() : expectedState)) {
        found.append(RecordSealText::tr("The records' seals do not match the audit trail's last entry: records and "
                                        "their seals were changed outside Accreditation Desk."));
    }
    return found;
}
