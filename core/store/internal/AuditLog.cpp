// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/AuditLog.h"

#include "store/internal/RecordSeal.h"
#include "store/internal/SqlError.h"

#include <QSqlError>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

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

QString digestOfValue(const QString& value)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
}

const QString kUnsealed = QStringLiteral("unsealed");

}  // namespace

QString AuditLog::hashOf(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!entry.state.isEmpty()) {
        // Format 12: the values' digests and the records' state, so that redacting a value
        // leaves the chain as it was.
        feed(hash, QStringLiteral("2"));
        feed(hash, entry.prevHash);
        feed(hash, QString::number(entry.seq));
        feed(hash, timestamp(entry.at));
        feed(hash, entry.actor);
        feed(hash, entry.action);
        feed(hash, entry.entity);
        feed(hash, entry.entityId);
        feed(hash, entry.subjectId);
        feed(hash, entry.oldDigest);
        feed(hash, entry.newDigest);
        feed(hash, entry.state);
        return QString::fromLatin1(hash.result().toHex());
    }
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
    if (!last.exec(QStringLiteral("SELECT seq, hash, state FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return sqlFailure(last.lastError(), AuditLogText::tr("Could not read the audit trail."));
    }
    entry.seq = 1;
    entry.prevHash = kGenesis;
    QString previousState;
    if (last.next()) {
        entry.seq = last.value(u"seq"_s).toLongLong() + 1;
        entry.prevHash = last.value(u"hash"_s).toString();
        previousState = last.value(u"state"_s).toString();
    }
    last.finish();
    if (entry.state.isEmpty()) {
        // The records this unit touched are sealed by its own entry.
        const auto state = RecordSeal::sealTouched(connectionName, previousState);
        if (!state.ok()) {
            return Status(state.error());
        }
        entry.state = state.value().isEmpty() ? RecordSeal::emptyState() : state.value();
    }
    entry.oldDigest = digestOfValue(entry.oldValue);
    entry.newDigest = digestOfValue(entry.newValue);
    entry.hash = hashOf(entry);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, subject_id, old_value, new_value, "
        "prev_hash, hash, old_digest, new_digest, state) VALUES (:seq, :at, :actor, :action, :entity, :entity_id, "
        ":subject_id, :old_value, :new_value, :prev_hash, :hash, :old_digest, :new_digest, :state)"));
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
    insert.bindValue(QStringLiteral(":old_digest"), entry.oldDigest);
    insert.bindValue(QStringLiteral(":new_digest"), entry.newDigest);
    insert.bindValue(QStringLiteral(":state"), entry.state);
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
                                 "new_value, prev_hash, hash, old_digest, new_digest, state FROM audit_log "
                                 "WHERE :all = 1 OR subject_id = :subject ORDER BY seq"));
    query.bindValue(QStringLiteral(":all"), subjectId.isEmpty() ? 1 : 0);
    query.bindValue(QStringLiteral(":subject"), subjectId);
    if (!query.exec()) {
        return Result<QList<AuditEntry>>(
            sqlError(query.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(u"seq"_s).toLongLong();
        e.at = QDateTime::fromString(query.value(u"at"_s).toString(), Qt::ISODateWithMs);
        e.actor = query.value(u"actor"_s).toString();
        e.action = query.value(u"action"_s).toString();
        e.entity = query.value(u"entity"_s).toString();
        e.entityId = query.value(u"entity_id"_s).toString();
        e.subjectId = query.value(u"subject_id"_s).toString();
        e.oldValue = query.value(u"old_value"_s).toString();
        e.newValue = query.value(u"new_value"_s).toString();
        e.prevHash = query.value(u"prev_hash"_s).toString();
        e.hash = query.value(u"hash"_s).toString();
        e.oldDigest = query.value(u"old_digest"_s).toString();
        e.newDigest = query.value(u"new_digest"_s).toString();
        e.state = query.value(u"state"_s).toString();
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
    QSqlQuery head(QSqlDatabase::database(connectionName, false));
    if (!head.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'audit_head'"))) {
        return Result<QString>(sqlError(head.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    const QString recordedHead = head.next() ? head.value(u"value"_s).toString() : QString();
    head.finish();
    if (all.value().isEmpty()) {
        return AuditLogText::tr("The audit trail is empty, although every file's trail begins with its creation: its "
                                "entries were removed outside Accreditation Desk.");
    }
    // Erasing a candidate's personal data redacts the values of their entries; the digests
    // in the hashes keep what was written.
    QSet<QString> erased;
    for (const AuditEntry& entry : all.value()) {
        if (entry.action == QLatin1String("candidate.erase")) {
            erased.insert(entry.subjectId);
        }
    }
    QString previous = kGenesis;
    qint64 expectedSeq = 1;
    bool sealed = false;
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
        const bool valuesAsWritten =
            entry.state.isEmpty() || erased.contains(entry.subjectId) ||
            (digestOfValue(entry.oldValue) == entry.oldDigest && digestOfValue(entry.newValue) == entry.newDigest);
        if (hashOf(entry) != entry.hash || !valuesAsWritten) {
            return AuditLogText::tr("Audit entry %1 (%2 by %3) was altered after it was written.")
                .arg(entry.seq)
                .arg(entry.action, entry.actor);
        }
        if (sealed && (entry.state.isEmpty() || entry.state == kUnsealed)) {
            return AuditLogText::tr("Audit entry %1 (%2 by %3) carries no state of the records, although the entries "
                                    "before it do: it was written outside Accreditation Desk.")
                .arg(entry.seq)
                .arg(entry.action, entry.actor);
        }
        sealed = sealed || (!entry.state.isEmpty() && entry.state != kUnsealed);
        previous = entry.hash;
        ++expectedSeq;
    }
    const QString expectedHead = QString::number(expectedSeq - 1) + QLatin1Char(' ') + previous;
    if (recordedHead != expectedHead) {
        return AuditLogText::tr("The audit trail ends at entry %1, but the file recorded a different last entry (%2): "
                                "entries at the end were removed or replaced.")
            .arg(expectedSeq - 1)
            .arg(recordedHead.isEmpty() ? AuditLogText::tr("none") : recordedHead.section(QLatin1Char(' '), 0, 0));
    }
    return QString();
}

Result<AuditEntry> AuditLog::last(const QString& connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("SELECT seq, hash, state FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return Result<AuditEntry>(sqlError(q.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    AuditEntry entry;
    if (q.next()) {
        entry.seq = q.value(u"seq"_s).toLongLong();
        entry.hash = q.value(u"hash"_s).toString();
        entry.state = q.value(u"state"_s).toString();
    }
    return entry;
}

Result<QString> AuditLog::hashAt(const QString& connectionName, qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = :seq"));
    q.bindValue(QStringLiteral(":seq"), seq);
    if (!q.exec()) {
        return Result<QString>(sqlError(q.lastError(), AuditLogText::tr("Could not read the audit trail.")));
    }
    return q.next() ? q.value(u"hash"_s).toString() : QString();
}

namespace {

/// Writes the rewritten `list` from its first entry on and records the new head.
Status rewrite(QSqlDatabase db, const QList<AuditEntry>& list, const QString& failure)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET old_value = :old, new_value = :new, prev_hash = :prev, "
                                  "hash = :hash, old_digest = :old_digest, new_digest = :new_digest, state = :state "
                                  "WHERE seq = :seq"));
    for (const AuditEntry& entry : list) {
        update.bindValue(QStringLiteral(":old"), entry.oldValue);
        update.bindValue(QStringLiteral(":new"), entry.newValue);
        update.bindValue(QStringLiteral(":prev"), entry.prevHash);
        update.bindValue(QStringLiteral(":hash"), entry.hash);
        update.bindValue(QStringLiteral(":old_digest"), entry.oldDigest);
        update.bindValue(QStringLiteral(":new_digest"), entry.newDigest);
        update.bindValue(QStringLiteral(":state"), entry.state);
        update.bindValue(QStringLiteral(":seq"), entry.seq);
        if (!update.exec()) {
            return sqlFailure(update.lastError(), failure);
        }
    }
    if (!list.isEmpty()) {
        return setHead(db, list.constLast().seq, list.constLast().hash);
    }
    return Status::success();
}

}  // namespace

Status AuditLog::convertToDigests(const QString& connectionName)
{
    const auto broken = verify(connectionName);
    if (!broken.ok()) {
        return Status(broken.error());
    }
    if (!broken.value().isEmpty()) {
        return Status::success();
    }
    const auto all = entries(connectionName);
    if (!all.ok()) {
        return Status(all.error());
    }
    QList<AuditEntry> converted;
    QString previous = kGenesis;
    for (AuditEntry entry : all.value()) {
        if (entry.state.isEmpty()) {
            entry.state = kUnsealed;  // written before the records had seals
            entry.oldDigest = digestOfValue(entry.oldValue);
            entry.newDigest = digestOfValue(entry.newValue);
        }
        entry.prevHash = previous;
        entry.hash = hashOf(entry);
        previous = entry.hash;
        converted.append(entry);
    }
    return rewrite(QSqlDatabase::database(connectionName, false), converted,
                   AuditLogText::tr("Could not upgrade the audit trail."));
}

Result<qint64> AuditLog::redactSubject(const QString& connectionName, const QString& subjectId,
                                       const std::function<QString(const QString& json)>& redact)
{
    using R = Result<qint64>;
    const auto all = entries(connectionName);
    if (!all.ok()) {
        return R(all.error());
    }
    qint64 first = 0;
    bool rechain = false;
    QString previous = kGenesis;
    QList<AuditEntry> changed;
    for (AuditEntry entry : all.value()) {
        const bool ours = entry.subjectId == subjectId;
        if (ours) {
            entry.oldValue = redact(entry.oldValue);
            entry.newValue = redact(entry.newValue);
            first = first == 0 ? entry.seq : first;
            // An entry from before format 12 hashes its values: the chain is sealed again.
            rechain = rechain || entry.state.isEmpty();
        }
        if (rechain) {
            entry.prevHash = previous;
            entry.hash = hashOf(entry);
        }
        if (ours || rechain) {
            changed.append(entry);
        }
        previous = entry.hash;
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!rechain) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE audit_log SET old_value = :old, new_value = :new WHERE seq = :seq"));
        for (const AuditEntry& entry : changed) {
            update.bindValue(QStringLiteral(":old"), entry.oldValue);
            update.bindValue(QStringLiteral(":new"), entry.newValue);
            update.bindValue(QStringLiteral(":seq"), entry.seq);
            if (!update.exec()) {
                return R(sqlError(update.lastError(), AuditLogText::tr("Could not redact the audit trail.")));
            }
        }
        return first;
    }
    if (auto written = rewrite(db, changed, AuditLogText::tr("Could not redact the audit trail.")); !written.ok()) {
        return R(written.error());
    }
    return first;
}
