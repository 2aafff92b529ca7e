#include "RecordSeal.h"

#include "SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
        names.append(tables.value(0).toString());
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
            const QString column = info.value(1).toString();
            if (const int pk = info.value(5).toInt(); pk > 0) {
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
        if (name == QLatin1String("file_info")) {
            shape.rowFilter = QStringLiteral("\"key\" <> 'audit_head'");
        }
        shapes.append(shape);
    }
    return shapes;
}

// Each field is length-prefixed, as in the audit trail's hashes, so that text moved
// between columns changes the seal.
void feed(QCryptographicHash& hash, const QByteArray& bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

void feedValue(QCryptographicHash& hash, const QVariant& value)
{
    if (value.isNull()) {
        feed(hash, QByteArrayLiteral("n"));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        feed(hash, QByteArrayLiteral("i") + QByteArray::number(value.toLongLong()));
        break;
    case QMetaType::Double:
        feed(hash, QByteArrayLiteral("r") + QByteArray::number(value.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray:
        feed(hash, QByteArrayLiteral("b") +
                       QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256).toHex());
        break;
    default:
        feed(hash, QByteArrayLiteral("t") + value.toString().toUtf8());
        break;
    }
}

/// The seal of one row: its table, columns and values, and for a row of search_row the
/// index row it maps, so that the full-text data is sealed with the rows that lead to it.
Result<QString> digestOf(QSqlDatabase db, const Shape& shape, const QList<QVariant>& values)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    feed(hash, shape.table.toUtf8());
    for (int i = 0; i < shape.columns.size(); ++i) {
        feed(hash, shape.columns.at(i).toUtf8());
        feedValue(hash, values.value(i));
    }
    if (shape.table == QLatin1String("search_row")) {
        QSqlQuery text(db);
        text.prepare(QStringLiteral("SELECT owner, place, body FROM search_index WHERE rowid = :row"));
        text.bindValue(QStringLiteral(":row"), values.value(int(shape.columns.indexOf(QStringLiteral("row")))));
        if (!text.exec()) {
            return Result<QString>(sqlError(text.lastError(), RecordSealText::tr("Could not read the search index.")));
        }
        if (text.next()) {
            for (int i = 0; i < 3; ++i) {
                feedValue(hash, text.value(i));
            }
        } else {
            feed(hash, QByteArrayLiteral("no index row"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray member(const QString& table, const QString& key, const QString& digest)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    feed(hash, table.toUtf8());
    feed(hash, key.toUtf8());
    feed(hash, digest.toLatin1());
    return hash.result();
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

QVariant keyValue(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number))) {
            return qint64(number);
        }
        return number;
    }
    return QVariant();
}

Result<bool> tracking(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM temp.sqlite_schema WHERE name = 'touched_record'"))) {
        return Result<bool>(sqlError(q.lastError(), RecordSealText::tr("Could not seal the changed records.")));
    }
    return q.next();
}

Status setSeal(QSqlDatabase db, const QString& table, const QString& key, const QString& digest)
{
    QSqlQuery q(db);
    if (digest.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM record_seal WHERE tbl = :tbl AND key = :key"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO record_seal (tbl, key, digest) VALUES (:tbl, :key, :digest) "
                                 "ON CONFLICT (tbl, key) DO UPDATE SET digest = excluded.digest"));
        q.bindValue(QStringLiteral(":digest"), digest);
    }
    q.bindValue(QStringLiteral(":tbl"), table);
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec()) {
        return sqlFailure(q.lastError(), RecordSealText::tr("Could not seal the changed records."));
    }
    return Status::success();
}

} // namespace

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
    QStringList statements = {QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS touched_record (tbl TEXT NOT NULL, key TEXT NOT NULL)")};
    for (const Shape& shape : shapes.value()) {
        const QString table = quoted(shape.table);
        const QString name = QStringLiteral("seal_") + shape.table;
        const QString newWhen = shape.rowFilter.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" WHEN NEW.\"key\" <> 'audit_head'");
        const QString oldWhen = shape.rowFilter.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" WHEN OLD.\"key\" <> 'audit_head'");
        // A plain INSERT: the outer statement's conflict clause (an upsert) would override the
        // trigger's own, so the list may repeat a key and is read with DISTINCT.
        const QString record = QStringLiteral("INSERT INTO touched_record (tbl, key) VALUES ('") +
                               shape.table + QStringLiteral("', ");
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") + quoted(name + QStringLiteral("_insert")) +
                          QStringLiteral(" AFTER INSERT ON main.") + table + newWhen + QStringLiteral(" BEGIN ") +
                          record + keyExpression(shape, QStringLiteral("NEW.")) + QStringLiteral("); END"));
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") + quoted(name + QStringLiteral("_update")) +
                          QStringLiteral(" AFTER UPDATE ON main.") + table + newWhen + QStringLiteral(" BEGIN ") + record +
                          keyExpression(shape, QStringLiteral("OLD.")) + QStringLiteral("); ") + record +
                          keyExpression(shape, QStringLiteral("NEW.")) + QStringLiteral("); END"));
        statements.append(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS ") + quoted(name + QStringLiteral("_delete")) +
                          QStringLiteral(" AFTER DELETE ON main.") + table + oldWhen + QStringLiteral(" BEGIN ") +
                          record + keyExpression(shape, QStringLiteral("OLD.")) + QStringLiteral("); END"));
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
    QMultiMap<QString, QString> touched;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT tbl, key FROM temp.touched_record"))) {
            return R(sqlError(q.lastError(), RecordSealText::tr("Could not seal the changed records.")));
        }
        while (q.next()) {
            touched.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    QByteArray state = stateBytes(previousState);
    if (touched.isEmpty()) {
        return previousState.isEmpty() ? emptyState() : previousState;
    }
    const auto shapes = sealedShapes(db);
    if (!shapes.ok()) {
        return R(shapes.error());
    }
    for (const Shape& shape : shapes.value()) {
        const QStringList keys = touched.values(shape.table);
        if (keys.isEmpty()) {
            continue;
        }
        QStringList conditions;
        for (int i = 0; i < shape.key.size(); ++i) {
            conditions.append(quoted(shape.key.at(i)) + QStringLiteral(" IS :k%1").arg(i));
        }
        QStringList columns;
        for (const QString& column : shape.columns) {
            columns.append(quoted(column));
        }
        QSqlQuery row(db);
        row.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM main.") +
                    quoted(shape.table) + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
        QSqlQuery sealed(db);
        sealed.prepare(QStringLiteral("SELECT digest FROM record_seal WHERE tbl = :tbl AND key = :key"));
        for (const QString& key : keys) {
            const QJsonArray parts = QJsonDocument::fromJson(key.toUtf8()).array();
            for (int i = 0; i < shape.key.size(); ++i) {
                row.bindValue(QStringLiteral(":k%1").arg(i), keyValue(parts.at(i)));
            }
            if (!row.exec()) {
                return R(sqlError(row.lastError(), RecordSealText::tr("Could not seal the changed records.")));
            }
            QString digest;
            if (row.next()) {
                QList<QVariant> values;
                for (int i = 0; i < shape.columns.size(); ++i) {
                    values.append(row.value(i));
                }
                row.finish();
                const auto computed = digestOf(db, shape, values);
                if (!computed.ok()) {
                    return R(computed.error());
                }
                digest = computed.value();
            }
            row.finish();
            sealed.bindValue(QStringLiteral(":tbl"), shape.table);
            sealed.bindValue(QStringLiteral(":key"), key);
            if (!sealed.exec()) {
                return R(sqlError(sealed.lastError(), RecordSealText::tr("Could not seal the changed records.")));
            }
            const QString previous = sealed.next() ? sealed.value(0).toString() : QString();
            sealed.finish();
            if (previous == digest) {
                continue;
            }
            if (!previous.isEmpty()) {
                toggle(state, member(shape.table, key, previous));
            }
            if (!digest.isEmpty()) {
                toggle(state, member(shape.table, key, digest));
            }
            if (auto set = setSeal(db, shape.table, key, digest); !set.ok()) {
                return R(set.error());
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
    for (const Shape& shape : shapes.value()) {
        QStringList columns;
        for (const QString& column : shape.columns) {
            columns.append(quoted(column));
        }
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT ") + keyExpression(shape, QString()) + QStringLiteral(", ") +
                       columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM main.") + quoted(shape.table) +
                       (shape.rowFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + shape.rowFilter))) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not seal the records.")));
        }
        QList<QPair<QString, QString>> seals;
        while (rows.next()) {
            QList<QVariant> values;
            for (int i = 0; i < shape.columns.size(); ++i) {
                values.append(rows.value(i + 1));
            }
            const auto digest = digestOf(db, shape, values);
            if (!digest.ok()) {
                return R(digest.error());
            }
            seals.append({rows.value(0).toString(), digest.value()});
        }
        rows.finish();
        for (const auto& [key, digest] : seals) {
            toggle(state, member(shape.table, key, digest));
            if (auto set = setSeal(db, shape.table, key, digest); !set.ok()) {
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
            const QString table = q.value(0).toString();
            const QString key = q.value(1).toString();
            const QString digest = q.value(2).toString();
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
                const QString given = q.value(2).toString();
                candidateNames.insert(q.value(0).toString(),
                                      given.isEmpty() ? q.value(1).toString()
                                                      : q.value(1).toString() + QStringLiteral(", ") + given);
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
    int unnamed = 0;
    const auto report = [&](const QString& sentence) {
        if (found.size() < kNamedAtMost) {
            found.append(sentence);
        } else {
            ++unnamed;
        }
    };
    for (const Shape& shape : shapes.value()) {
        QStringList columns;
        for (const QString& column : shape.columns) {
            columns.append(quoted(column));
        }
        const int candidateColumn = shape.table == QLatin1String("candidate")
                                        ? int(shape.columns.indexOf(QStringLiteral("id")))
                                        : int(shape.columns.indexOf(QStringLiteral("candidate_id")));
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT ") + keyExpression(shape, QString()) + QStringLiteral(", ") +
                       columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM main.") + quoted(shape.table) +
                       (shape.rowFilter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + shape.rowFilter))) {
            return R(sqlError(rows.lastError(), RecordSealText::tr("Could not read the records.")));
        }
        while (rows.next()) {
            const QString key = rows.value(0).toString();
            QList<QVariant> values;
            for (int i = 0; i < shape.columns.size(); ++i) {
                values.append(rows.value(i + 1));
            }
            const auto digest = digestOf(db, shape, values);
            if (!digest.ok()) {
                return R(digest.error());
            }
            const QString candidateId = candidateColumn >= 0 ? values.at(candidateColumn).toString() : QString();
            const auto seal = seals.constFind(shape.table + QChar(0x1f) + key);
            if (seal == seals.constEnd()) {
                report(RecordSealText::tr("%1 was added outside Accreditation Desk: the audit trail has no record "
                                          "of it.")
                           .arg(describe(shape.table, key, candidateId)));
                continue;
            }
            if (seal.value() != digest.value()) {
                report(RecordSealText::tr("%1 was changed outside Accreditation Desk: it no longer matches the "
                                          "audit trail.")
                           .arg(describe(shape.table, key, candidateId)));
            }
            seals.remove(shape.table + QChar(0x1f) + key);
        }
    }
    for (auto it = seals.constBegin(); it != seals.constEnd(); ++it) {
        const QString table = it.key().section(QChar(0x1f), 0, 0);
        const QString key = it.key().section(QChar(0x1f), 1);
        const QJsonArray parts = QJsonDocument::fromJson(key.toUtf8()).array();
        // Keys that start with the candidate name them (candidate, candidate_language…).
        const QString first = parts.isEmpty() ? QString() : parts.at(0).toString();
        report(RecordSealText::tr("%1 was removed outside Accreditation Desk: the audit trail says it exists.")
                   .arg(describe(table, key, candidateNames.contains(first) ? first : QString())));
    }
    if (unnamed > 0) {
        found.append(RecordSealText::tr("… and %n more record(s) changed outside Accreditation Desk.", nullptr, unnamed));
    }
    if (QString::fromLatin1(sealsState.toHex()) != (expectedState.isEmpty() ? emptyState() : expectedState)) {
        found.append(RecordSealText::tr("The records' seals do not match the audit trail's last entry: records and "
                                        "their seals were changed outside Accreditation Desk."));
    }
    return found;
}
