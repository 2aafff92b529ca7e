#include "AuditLog.h"

#include "SqlError.h"

#include <QSqlError>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

// Gives the free functions of this file a translation context that lupdate sees.
struct AuditLogText {
    Q_DECLARE_TR_FUNCTIONS(AuditLogText)
};

const QString kGenesis = QString(64, QLatin1Char('0'));

// Each field is length-prefixed so that moving text between fields changes the hash.
void feed(QCryptographicHash& hash, const QString& field)
{
    const QByteArray bytes = field.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Status setHead(QSqlDatabase db, qint64 seq, const QString& hash)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO file_info (key, value) VALUES ('audit_head', :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":value"), QString(QString::number(seq) + QLatin1Char(' ') + hash));
    if (!query.exec()) {
        return sqlFailure(query.lastError(), AuditLogText::tr("Could not record the change in the audit trail."));
    }
    return Status::success();
}

} // namespace

QString AuditLog::hashOf(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    feed(hash, entry.prevHash);
    feed(hash, QString::number(entry.seq));
    feed(hash, timestamp(entry.at));
    feed(hash, entry.actor);
    feed(hash, entry.action);
    feed(hash, entry.entity);
    feed(hash, entry.entityId);
    feed(hash, entry.subjectId);
    feed(hash, entry.oldValue);
    feed(hash, entry.newValue);
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const QString& connectionName, AuditEntry entry)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return sqlFailure(last.lastError(), AuditLogText::tr("Could not read the audit trail."));
    }
    entry.seq = 1;
    entry.prevHash = kGenesis;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    }
    last.finish();
    entry.hash = hashOf(entry);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, subject_id, old_value, new_value, "
        "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :entity, :entity_id, :subject_id, :old_value, "
        ":new_value, :prev_hash, :hash)"));
    insert.bindValue(QStringLiteral(":seq"), entry.seq);
    insert.bindValue(QStringLiteral(":at"), timestamp(entry.at));
    insert.bindValue(QStringLiteral(":actor"), entry.actor);
    insert.bindValue(QStringLiteral(":action"), entry.action);
    insert.bindValue(QStringLiteral(":entity"), entry.entity);
    insert.bindValue(QStringLiteral(":entity_id"), entry.entityId);
    insert.bindValue(QStringLiteral(":subject_id"), entry.subjectId);
    insert.bindValue(QStringLiteral(":old_value"), entry.oldValue);
    insert.bindValue(QStringLiteral(":new_value"), entry.newValue);
    insert.bindValue(QStringLiteral(":prev_hash"), entry.prevHash);
    insert.bindValue(QStringLiteral(":hash"), entry.hash);
    if (!insert.exec()) {
        return sqlFailure(insert.lastError(), AuditLogText::tr("Could not record the change in the audit trail."));
    }
    return setHead(db, entry.seq, entry.hash);
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& connectionName, const QString& subjectId)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, subject_id, old_value, "
                                 "new_value, prev_hash, hash FROM audit_log "
                                 "WHERE :all = 1 OR subject_id = :subject ORDER BY seq"));
    query.bindValue(QStringLiteral(":all"), subjectId.isEmpty() ? 1 : 0);
    query.bindValue(QStringLiteral(":subject"), subjectId);
    if (!query.exec()) {
        return Result<QList<AuditEntry>>(sqlError(query.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.entity = query.value(4).toString();
        e.entityId = query.value(5).toString();
        e.subjectId = query.value(6).toString();
        e.oldValue = query.value(7).toString();
        e.newValue = query.value(8).toString();
        e.prevHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        list.append(e);
    }
    return list;
}

Result<QString> AuditLog::verify(const QString& connectionName)
{
    const auto all = entries(connectionName);
    if (!all.ok()) {
        return Result<QString>(all.error());
    }
    QString previous = kGenesis;
    qint64 expectedSeq = 1;
    for (const AuditEntry& entry : all.value()) {
        if (entry.seq != expectedSeq) {
            return AuditLogText::tr("Audit entry %1 is missing: the trail jumps from entry %2 to %3.")
                .arg(expectedSeq)
                .arg(expectedSeq - 1)
                .arg(entry.seq);
        }
        if (entry.prevHash != previous) {
            return AuditLogText::tr("Audit entry %1 does not follow entry %2: an entry was removed or replaced.")
                .arg(entry.seq)
                .arg(entry.seq - 1);
        }
        if (hashOf(entry) != entry.hash) {
            return AuditLogText::tr("Audit entry %1 (%2 by %3) was altered after it was written.")
                .arg(entry.seq)
                .arg(entry.action, entry.actor);
        }
        previous = entry.hash;
        ++expectedSeq;
    }
    QSqlQuery head(QSqlDatabase::database(connectionName, false));
    if (!head.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'audit_head'"))) {
        return Result<QString>(sqlError(head.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    const QString expectedHead = QString::number(expectedSeq - 1) + QLatin1Char(' ') + previous;
    const QString recordedHead = head.next() ? head.value(0).toString() : QString();
    if (expectedSeq > 1 && recordedHead != expectedHead) {
        return AuditLogText::tr("The audit trail ends at entry %1, but the file recorded a different last entry (%2): "
                  "entries at the end were removed or replaced.")
            .arg(expectedSeq - 1)
            .arg(recordedHead.section(QLatin1Char(' '), 0, 0));
    }
    return QString();
}

Result<qint64> AuditLog::redactSubject(const QString& connectionName, const QString& subjectId,
                                       const std::function<QString(const QString& json)>& redact)
{
    using R = Result<qint64>;
    const auto all = entries(connectionName);
    if (!all.ok()) {
        return R(all.error());
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET old_value = :old, new_value = :new, prev_hash = :prev, "
                                  "hash = :hash WHERE seq = :seq"));
    qint64 first = 0;
    QString previous = kGenesis;
    qint64 last = 0;
    for (AuditEntry entry : all.value()) {
        const bool ours = entry.subjectId == subjectId;
        if (ours) {
            entry.oldValue = redact(entry.oldValue);
            entry.newValue = redact(entry.newValue);
            first = first == 0 ? entry.seq : first;
        }
        if (first != 0) {
            entry.prevHash = previous;
            entry.hash = hashOf(entry);
            update.bindValue(QStringLiteral(":old"), entry.oldValue);
            update.bindValue(QStringLiteral(":new"), entry.newValue);
            update.bindValue(QStringLiteral(":prev"), entry.prevHash);
            update.bindValue(QStringLiteral(":hash"), entry.hash);
            update.bindValue(QStringLiteral(":seq"), entry.seq);
            if (!update.exec()) {
                return R(sqlError(update.lastError(), AuditLogText::tr("Could not redact the audit trail.")));
            }
        }
        previous = entry.hash;
        last = entry.seq;
    }
    if (first != 0) {
        if (auto head = setHead(db, last, previous); !head.ok()) {
            return R(head.error());
        }
    }
    return first;
}
