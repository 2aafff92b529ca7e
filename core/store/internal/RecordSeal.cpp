// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/RecordSeal.h"

#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <charconv>
#include <memory>

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

// Sealing what a unit touched reads its rows through SQLite's own interface: Qt Sql converts
// every text to UTF-16 in a QVariant, which the seal then converts back to UTF-8 (half of
// the time an import spent sealing). The bytes fed are those of the Qt path above, which
// `check` (problems()) and sealAll() still take, so every write checked afterwards compares
// the two.

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/// SHA-256 through OpenSSL, which uses the processor's SHA instructions where it has them:
/// Qt's own implementation took about 60 instructions a byte, a fifth of an import. The
/// digest is SHA-256 all the same: `check` recomputes every seal with Qt's, and finds
/// none changed after an import (TestApplicationImport::importedRecordsCheckClean).
class Sha256
{
public:
    Sha256()
        : m_context(EVP_MD_CTX_new())
    {
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    QByteArray of(QByteArrayView bytes)
    {
        // Fetched once: an implicit fetch at every digest costs more than a short digest.
        static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (algorithm && m_context && EVP_DigestInit_ex(m_context, algorithm, nullptr) == 1 &&
            EVP_DigestUpdate(m_context, bytes.data(), size_t(bytes.size())) == 1 &&
            EVP_DigestFinal_ex(m_context, digest, &size) == 1 && size == 32) {
            return QByteArray(reinterpret_cast<const char*>(digest), 32);
        }
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    }

private:
    EVP_MD_CTX* m_context;
};

/// The connection's last error, as Qt Sql would have reported it, so that sqlError()
/// classifies it (busy, damaged, disk full) as everywhere else.
Error nativeError(sqlite3* db, const QString& context)
{
    return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(db))),
                    context);
}

Result<Statement> prepared(sqlite3* db, const QString& text, const QString& context)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK) {
        return Result<Statement>(nativeError(db, context));
    }
    return Statement(raw);
}

/// True when `bytes` is well-formed UTF-8 (no overlong form, no surrogate, nothing above
/// U+10FFFF): then SQLite's conversion to UTF-16 and Qt's back to UTF-8 give the same bytes.
bool wellFormedUtf8(const unsigned char* bytes, int size)
{
    int i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + length > size || bytes[i + 1] < low || bytes[i + 1] > high) {
            return false;
        }
        for (int k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

/// The text of a column as the Qt path reads it: its UTF-8 as stored when well formed, else
/// through UTF-16 as Qt Sql reads it.
QByteArray textBytes(sqlite3_stmt* row, int column)
{
    const auto* utf8 = sqlite3_column_text(row, column);
    const int size = sqlite3_column_bytes(row, column);
    if (utf8 && wellFormedUtf8(utf8, size)) {
        return QByteArray(reinterpret_cast<const char*>(utf8), size);
    }
    const auto* utf16 = static_cast<const QChar*>(sqlite3_column_text16(row, column));
    return QString(utf16, sqlite3_column_bytes16(row, column) / int(sizeof(QChar))).toUtf8();
}

/// feed() of a tag and its bytes ("t" and a text, "i" and a number), appended in place
/// rather than joined into a temporary first (hundreds of thousands of values an import).
void feedTagged(QByteArray& message, char tag, const char* bytes, qsizetype size)
{
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length, size + 1).ptr;
    message.append(length, end - length);
    message.append(':');
    message.append(tag);
    message.append(bytes, size);
}

/// feedValue() for a column of a native row: the same bytes for the same value. A text is
/// fed as stored when it is well-formed UTF-8, else as Qt Sql's round trip through UTF-16
/// makes it (a malformed sequence becomes what Qt makes of it).
void feedColumn(QByteArray& message, sqlite3_stmt* row, int column, Sha256& sha256)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        feed(message, QByteArrayLiteral("n"));
        break;
    case SQLITE_INTEGER: {
        char number[24];
        const auto end = std::to_chars(number, number + sizeof number, qint64(sqlite3_column_int64(row, column))).ptr;
        feedTagged(message, 'i', number, end - number);
        break;
    }
    case SQLITE_FLOAT:
        feed(message, QByteArrayLiteral("r") + QByteArray::number(sqlite3_column_double(row, column), 'g', 17));
        break;
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(row, column));
        const QByteArray hex = sha256.of(QByteArrayView(blob, sqlite3_column_bytes(row, column))).toHex();
        feedTagged(message, 'b', hex.constData(), hex.size());
        break;
    }
    default: {
        const auto* utf8 = sqlite3_column_text(row, column);
        const int size = sqlite3_column_bytes(row, column);
        if (utf8 && wellFormedUtf8(utf8, size)) {
            feedTagged(message, 't', reinterpret_cast<const char*>(utf8), size);
        } else {
            const QByteArray bytes = textBytes(row, column);
            feedTagged(message, 't', bytes.constData(), bytes.size());
        }
        break;
    }
    }
}

/// Where a native row of touchedRows() holds the key and each sealed value, by the names
/// the statement gives its columns, as sealedAt() finds them in a QSqlRecord.
SealedAt nativeSealedAt(const Shape& shape, sqlite3_stmt* row)
{
    QSqlRecord names;
    for (int i = 0; i < sqlite3_column_count(row); ++i) {
        names.append(QSqlField(QString::fromUtf8(sqlite3_column_name(row, i))));
    }
    return sealedAt(shape, names);
}

/// digestOf() for a native row.
QByteArray nativeDigestOf(const Shape& shape, sqlite3_stmt* row, const SealedAt& at, Sha256& sha256)
{
    QByteArray message;
    message.reserve(512);
    feed(message, shape.tableBytes);
    for (int i = 0; i < shape.columns.size(); ++i) {
        feed(message, shape.columnBytes.at(i));
        feedColumn(message, row, at.values.at(i), sha256);
    }
    for (int i = int(shape.columns.size()); i < at.values.size(); ++i) {
        feedColumn(message, row, at.values.at(i), sha256);
    }
    return sha256.of(message).toHex();
}

/// A seal as member() feeds it (through Latin-1): a seal is hex, but one written by
/// another tool may hold anything.
QByteArray latin1Seal(const QByteArray& utf8)
{
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return QString::fromUtf8(utf8).toLatin1();
        }
    }
    return utf8;
}

QByteArray memberOf(const QByteArray& table, const QByteArray& key, const QByteArray& digest, Sha256& sha256)
{
    QByteArray message;
    message.reserve(table.size() + key.size() + digest.size() + 16);
    feed(message, table);
    feed(message, key);
    feed(message, digest);
    return sha256.of(message);
}

/// SealWriter through SQLite's own interface.
class NativeSealWriter
{
public:
    static Result<NativeSealWriter> on(sqlite3* db, const QString& context)
    {
        auto set = prepared(db,
                            QStringLiteral("INSERT INTO record_seal (tbl, key, digest) VALUES (?1, ?2, ?3) "
                                           "ON CONFLICT (tbl, key) DO UPDATE SET digest = excluded.digest"),
                            context);
        if (!set.ok()) {
            return Result<NativeSealWriter>(set.error());
        }
        auto remove = prepared(db, QStringLiteral("DELETE FROM record_seal WHERE tbl = ?1 AND key = ?2"), context);
        if (!remove.ok()) {
            return Result<NativeSealWriter>(remove.error());
        }
        return NativeSealWriter(db, std::move(set).value(), std::move(remove).value(), context);
    }

    /// Seals the row at `key` with `digest`; an empty digest removes its seal.
    Status write(const QByteArray& table, const QByteArray& key, const QByteArray& digest)
    {
        sqlite3_stmt* q = digest.isEmpty() ? m_remove.get() : m_set.get();
        sqlite3_bind_text(q, 1, table.constData(), int(table.size()), SQLITE_STATIC);
        sqlite3_bind_text(q, 2, key.constData(), int(key.size()), SQLITE_STATIC);
        if (!digest.isEmpty()) {
            sqlite3_bind_text(q, 3, digest.constData(), int(digest.size()), SQLITE_STATIC);
        }
        const int step = sqlite3_step(q);
        sqlite3_reset(q);
        sqlite3_clear_bindings(q);
        if (step != SQLITE_DONE) {
            return Status(nativeError(m_db, m_context));
        }
        return Status::success();
    }

private:
    NativeSealWriter(sqlite3* db, Statement set, Statement remove, QString context)
        : m_db(db)
        , m_set(std::move(set))
        , m_remove(std::move(remove))
        , m_context(std::move(context))
    {
    }

    sqlite3* m_db;
    Statement m_set;
    Statement m_remove;
    QString m_context;
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
    const QString failure = RecordSealText::tr("Could not seal the changed records.");
    sqlite3* native = SqlConnection::nativeHandle(connectionName);
    if (!native) {
        return R::failure(ErrorCode::Internal, failure);
    }
    QByteArray state = stateBytes(previousState);
    Sha256 sha256;
    auto writer = NativeSealWriter::on(native, failure);
    if (!writer.ok()) {
        return R(writer.error());
    }
    const auto seal = [&](const QByteArray& table, const QByteArray& key, const QByteArray& before,
                          const QByteArray& digest) -> Status {
        if (digest == before) {
            return Status::success();
        }
        if (!before.isEmpty()) {
            toggle(state, memberOf(table, key, latin1Seal(before), sha256));
        }
        if (!digest.isEmpty()) {
            toggle(state, memberOf(table, key, digest, sha256));
        }
        return writer.value().write(table, key, digest);
    };
    const auto columnBytes = [](sqlite3_stmt* row, int column) { return textBytes(row, column); };
    for (const Shape& shape : shapes.value()) {
        if (!tables.contains(shape.table)) {
            continue;
        }
        tables.removeAll(shape.table);
        auto rows = prepared(native, touchedRows(shape), failure);
        if (!rows.ok()) {
            return R(rows.error());
        }
        sqlite3_stmt* row = rows.value().get();
        const SealedAt at = nativeSealedAt(shape, row);
        const int before = sqlite3_column_count(row) - 2;
        const int stillThere = sqlite3_column_count(row) - 1;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(row)) == SQLITE_ROW) {
            const QByteArray digest =
                sqlite3_column_int64(row, stillThere) != 0 ? nativeDigestOf(shape, row, at, sha256) : QByteArray();
            if (auto sealed = seal(shape.tableBytes, columnBytes(row, at.key), columnBytes(row, before), digest);
                !sealed.ok()) {
                return R(sealed.error());
            }
        }
        if (step != SQLITE_DONE) {
            return R(nativeError(native, failure));
        }
    }
    // A table touched and then dropped within the unit: its rows are gone with their seals.
    for (const QString& table : std::as_const(tables)) {
        auto rows = prepared(native,
                             QStringLiteral("SELECT t.key AS seal_key, coalesce(r.digest, '') AS sealed_before FROM "
                                            "(SELECT DISTINCT key FROM temp.touched_record WHERE tbl = ?1) t "
                                            "LEFT JOIN record_seal r ON r.tbl = ?1 AND r.key = t.key"),
                             failure);
        if (!rows.ok()) {
            return R(rows.error());
        }
        sqlite3_stmt* row = rows.value().get();
        const QByteArray tableBytes = table.toUtf8();
        sqlite3_bind_text(row, 1, tableBytes.constData(), int(tableBytes.size()), SQLITE_STATIC);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(row)) == SQLITE_ROW) {
            if (auto sealed = seal(tableBytes, columnBytes(row, 0), columnBytes(row, 1), QByteArray()); !sealed.ok()) {
                return R(sealed.error());
            }
        }
        if (step != SQLITE_DONE) {
            return R(nativeError(native, failure));
        }
    }
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM temp.touched_record"))) {
        return R(sqlError(clear.lastError(), RecordSealText::tr("Could not seal the changed records.")));
    }
    return QString::fromLatin1(state.toHex());
}

namespace {

/// Seals every row of `shape` as it is now and toggles each seal into `state`: what sealing
/// the whole file and sealing some tables again share.
Status sealEveryRow(QSqlDatabase db, const Shape& shape, SealWriter& writer, QByteArray& state)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(everyRow(shape))) {
        return sqlFailure(rows.lastError(), RecordSealText::tr("Could not seal the records."));
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
            return Status(set.error());
        }
    }
    return Status::success();
}

}  // namespace

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
        if (auto sealed = sealEveryRow(db, shape, writer, state); !sealed.ok()) {
            return R(sealed.error());
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
        if (auto sealed = sealEveryRow(db, shape, writer, state); !sealed.ok()) {
            return R(sealed.error());
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
