// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a tamperer with a copy of SQLite does to a file behind the application's back,
// for the hostile tests of the core and of the command line. The hashing is written here
// from docs/file-format.md, not taken from AuditLog, as someone outside would write it.

#include <QCryptographicHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Tamperer {

/// Runs `work` on a raw connection to the file, as another program would.
template<typename Work>
QString behindTheBack(const QString& path, Work work)
{
    const QString name = QStringLiteral("tamperer");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            error = work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The tamperer's own SHA-256 chain, written from docs/file-format.md and not from
// AuditLog: each field length-prefixed, format-12 entries over the values' digests.
inline QByteArray field(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return QByteArray::number(bytes.size()) + ':' + bytes;
}

inline QString sha(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

inline QString tamperersHash(const QSqlQuery& row, const QString& previous)
{
    QByteArray data = field(QStringLiteral("2")) + field(previous);
    for (const char* column : {"seq", "at", "actor", "action", "entity", "entity_id", "subject_id"}) {
        data += field(row.value(QLatin1String(column)).toString());
    }
    data += field(sha(row.value(QStringLiteral("old_value")).toString()));
    data += field(sha(row.value(QStringLiteral("new_value")).toString()));
    data += field(row.value(QStringLiteral("state")).toString());
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Replaces the actor of entry `seq` and re-hashes the whole chain, its head included.
inline QString rewriteActor(const QString& path, qint64 seq, const QString& actor)
{
    return behindTheBack(path, [&](QSqlDatabase db) -> QString {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE audit_log SET actor = :actor WHERE seq = :seq"));
        q.bindValue(QStringLiteral(":actor"), actor);
        q.bindValue(QStringLiteral(":seq"), seq);
        if (!q.exec()) {
            return q.lastError().text();
        }
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM audit_log ORDER BY seq"))) {
            return rows.lastError().text();
        }
        QList<QPair<qint64, QPair<QString, QString>>> rehashed;
        QString previous(64, QLatin1Char('0'));
        while (rows.next()) {
            const QString hash = tamperersHash(rows, previous);
            rehashed.append({rows.value(QStringLiteral("seq")).toLongLong(), {previous, hash}});
            previous = hash;
        }
        rows.finish();
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE seq = :seq"));
        for (const auto& [s, hashes] : rehashed) {
            update.bindValue(QStringLiteral(":prev"), hashes.first);
            update.bindValue(QStringLiteral(":hash"),
                             QString(QStringLiteral("x") + hashes.second));  // UNIQUE: two steps
            update.bindValue(QStringLiteral(":seq"), s);
            if (!update.exec()) {
                return update.lastError().text();
            }
        }
        if (!q.exec(QStringLiteral("UPDATE audit_log SET hash = substr(hash, 2)"))) {
            return q.lastError().text();
        }
        q.prepare(QStringLiteral("UPDATE file_info SET value = :head WHERE key = 'audit_head'"));
        q.bindValue(QStringLiteral(":head"), QString(QString::number(rehashed.constLast().first) + QLatin1Char(' ') +
                                                     rehashed.constLast().second.second));
        return q.exec() ? QString() : q.lastError().text();
    });
}

}  // namespace Tamperer
