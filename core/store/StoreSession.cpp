// SPDX-License-Identifier: GPL-3.0-or-later
// The session part of Store: who the actor is in the file, the editing lease, the single
// write path, change detection and the daily backup.
#include "Clock.h"
#include "FrontEnd.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/internal/StoreChange.h"

#include "store/internal/AuditLog.h"
#include "store/Backup.h"
#include "store/internal/EditingLease.h"
#include "store/FileEvents.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "store/internal/RecordSeal.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"
#include "store/internal/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

QString jsonOrNull(const QJsonObject& object)
{
    return object.isEmpty() ? QStringLiteral("null") : RecordJson::compact(object);
}

QJsonObject leaseJson(const LeaseHolder& holder)
{
    return {{QStringLiteral("person"), holder.person},
            {QStringLiteral("machine"), holder.machine},
            {QStringLiteral("since"), timeText(holder.since)},
            {QStringLiteral("heartbeat"), timeText(holder.heartbeat)}};
}

/// Whether the day's automatic backup of the file at `path` is already in its backups folder.
bool dailyBackupMadeToday(const QString& path)
{
    const QFileInfo info(path);
    const QDir folder(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups"));
    const QString today = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd"));
    const QString pattern = info.completeBaseName() + QStringLiteral("-*-daily.accred");
    const QStringList existing = folder.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    return !existing.isEmpty() && existing.first().contains(QLatin1Char('-') + today + QLatin1Char('-'));
}

/// Removes the oldest automatic daily backups of the file at `path` beyond the `keep` newest.
void pruneDailyBackups(const QString& path, int keep)
{
    const QFileInfo info(path);
    const QDir folder(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups"));
    const QString pattern = info.completeBaseName() + QStringLiteral("-*-daily.accred");
    const QStringList all = folder.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = keep; i < all.size(); ++i) {
        QFile::remove(folder.filePath(all.at(i)));
    }
}

}  // namespace

Status Store::resolvePerson()
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    // An account matches first; a name serves for `--as "Sara Ito"`.
    q.prepare(QStringLiteral("SELECT id, role, account = :a1 COLLATE NOCASE AS by_account FROM person "
                             "WHERE account = :a2 COLLATE NOCASE OR name = :a3 COLLATE NOCASE "
                             "ORDER BY by_account DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":a1"), m_actor.person);
    q.bindValue(QStringLiteral(":a2"), m_actor.person);
    q.bindValue(QStringLiteral(":a3"), m_actor.person);
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not read the people of the file."));
    }
    if (q.next()) {
        m_personId = QUuid::fromString(q.value(u"id"_s).toString());
        m_role = toKey<PersonRole>(q.value(u"role"_s), PersonRole::Observer);
    } else {
        m_personId = QUuid();
        m_role = PersonRole::Observer;
    }
    return Status::success();
}

Status Store::insertFirstOfficer()
{
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) AS officers FROM person WHERE role = 'officer'"))) {
        return sqlFailure(q.lastError(), tr("Could not read the people of the file."));
    }
    if (q.next() && q.value(u"officers"_s).toInt() > 0) {
        return Status::success();
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO person (id, name, account, role, administration, email, row_version, "
                             "modified_at, modified_by) VALUES (:id, :name, :account, 'officer', '', '', 1, :at, :by) "
                             "ON CONFLICT (account) DO UPDATE SET role = 'officer', row_version = row_version + 1"));
    q.bindValue(QStringLiteral(":id"), idText(QUuid::createUuid()));
    q.bindValue(QStringLiteral(":name"), m_actor.person);
    q.bindValue(QStringLiteral(":account"), m_actor.person);
    q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
    q.bindValue(QStringLiteral(":by"), m_actor.label());
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not record the file's officer."));
    }
    return Status::success();
}

Status Store::acquireLease()
{
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    const auto current = EditingLease::read(connection());
    if (!current.ok()) {
        return Status(current.error());
    }
    const QDateTime now = Clock::nowUtc();
    if (current.value() && !current.value()->isHeldBy(m_actor)) {
        transaction.rollback();
        becomeReadOnlyFor(*current.value(), now);
        return Status::success();
    }
    LeaseHolder mine =
        current.value() ? *current.value() : LeaseHolder{m_actor.person, m_actor.machine, m_session, now, now, 1};
    if (current.value()) {
        // Another process of ours holds it: share it. A stale count means the earlier
        // processes died without handing back; this one starts the count again.
        mine.sessions = current.value()->isStale(now) ? 1 : current.value()->sessions + 1;
    }
    mine.heartbeat = now;
    // Taking and handing back the lease is housekeeping, like the heartbeat: the audit trail
    // records changes to the record, and only a takeover of someone else's lease.
    if (auto written = EditingLease::write(connection(), mine); !written.ok()) {
        return written;
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed;
    }
    m_ownsLease = true;  // this session counts in the lease, taken or shared
    EditingLease::writeLockFile(m_path, mine);
    return Status::success();
}

void Store::becomeReadOnlyFor(const LeaseHolder& holder, const QDateTime& now)
{
    m_otherEditor = std::make_unique<LeaseHolder>(holder);
    if (!holder.isStale(now)) {
        becomeReadOnly(tr("%1 is editing this file on %2 (since %3); you can read it meanwhile.")
                           .arg(holder.person, holder.machine,
                                QLocale().toString(holder.since.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    const QString lastSign = QLocale().toString(holder.heartbeat.toLocalTime(), QLocale::ShortFormat);
    becomeReadOnly(
        tr("%1 was editing this file on %2 but shows no sign of life since %3. %4")
            .arg(holder.person, holder.machine, lastSign,
                 FrontEnd::choose(tr("You can read it, or take over editing if they have stopped."),
                                  tr("If they have stopped, take over editing with \"accreditation-desk-cli takeover "
                                     "%1\", then run your command again.")
                                      .arg(QDir::toNativeSeparators(m_path)))));
}

void Store::checkLeaseWithoutTaking()
{
    const auto current = EditingLease::read(connection());
    if (current.ok() && current.value() && !current.value()->isHeldBy(m_actor)) {
        becomeReadOnlyFor(*current.value(), Clock::nowUtc());
    }
    // A failure to read is met again, and reported, by the first write.
}

void Store::becomeReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    // A read-only session must not even replay a journal: reopen as a reader.
    if (m_connection && !m_connection->open(m_path, SqlConnection::Mode::ReadOnly).ok()) {
        // Reading on must stay possible; the reason above already stops every write.
        (void)m_connection->open(m_path, SqlConnection::Mode::ReadWrite);
    }
    emit m_events->accessChanged();
}

void Store::markDamaged(const QString& message)
{
    m_damage = message;
    becomeReadOnly(message);
}

void Store::tablesFoundSound()
{
    m_tablesUnchecked = false;
}

Status Store::checkTablesBeforeWriting()
{
    if (!m_tablesUnchecked) {
        return Status::success();
    }
    if (auto verified = verifyContent(OpenCheck::EveryTable); !verified.ok()) {
        if (verified.code() == ErrorCode::Damaged) {
            markDamaged(verified.message());
        }
        return Status::failure(verified.code(), tr("Nothing was saved. %1").arg(verified.message()));
    }
    m_tablesUnchecked = false;
    return Status::success();
}

std::optional<LeaseHolder> Store::otherEditor() const
{
    return m_otherEditor ? std::optional<LeaseHolder>(*m_otherEditor) : std::nullopt;
}

Status Store::takeOverLease()
{
    if (!m_damage.isEmpty()) {
        return Status::failure(ErrorCode::Damaged, m_damage);  // a damaged file is not written, whoever edits
    }
    if (!m_otherEditor) {
        return Status::failure(ErrorCode::Refused, tr("Nobody else holds the editing of this file."));
    }
    if (m_role != PersonRole::Officer || !m_fileWritable) {
        return Status::failure(ErrorCode::Refused, tr("Only an officer who may write to the file can take over "
                                                      "editing."));
    }
    // A takeover writes the audit trail: the tables are checked first when the open left them.
    if (auto checked = checkTablesBeforeWriting(); !checked.ok()) {
        return checked;
    }
    if (auto reopened = m_connection->open(m_path, SqlConnection::Mode::ReadWrite); !reopened.ok()) {
        // Refused (another file's journal beside it, say): the session reads on, read-only.
        (void)m_connection->open(m_path, SqlConnection::Mode::ReadOnly);
        return reopened;
    }
    if (auto tracked = RecordSeal::track(connection()); !tracked.ok()) {
        return tracked;
    }
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    const auto current = EditingLease::read(connection());
    if (!current.ok()) {
        return Status(current.error());
    }
    const QDateTime now = Clock::nowUtc();
    if (current.value() && current.value()->session != m_otherEditor->session) {
        transaction.rollback();
        return Status::failure(ErrorCode::Refused,
                               tr("Someone else took over editing meanwhile (%1).").arg(current.value()->describe()));
    }
    if (current.value() && !current.value()->isStale(now)) {
        transaction.rollback();
        return Status::failure(ErrorCode::Refused,
                               tr("%1 is active again; editing was not taken over.").arg(current.value()->person));
    }
    const LeaseHolder mine{m_actor.person, m_actor.machine, m_session, now, now, 1};
    if (auto written = EditingLease::write(connection(), mine); !written.ok()) {
        return written;
    }
    AuditEntry entry;
    entry.at = now;
    entry.actor = m_actor.label();
    entry.action = QStringLiteral("lease.takeover");
    entry.entity = QStringLiteral("editing_lease");
    entry.entityId = m_session;
    entry.subjectId = m_session;
    entry.oldValue = current.value() ? RecordJson::compact(leaseJson(*current.value())) : QStringLiteral("null");
    entry.newValue = RecordJson::compact(leaseJson(mine));
    if (auto audited = AuditLog::append(connection(), entry); !audited.ok()) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed;
    }
    m_otherEditor.reset();
    m_ownsLease = true;
    m_readOnlyReason.clear();
    m_dailyBackupDue = true;  // before this session's first change, as for one opened to edit
    m_auditHead = auditHead();
    EditingLease::writeLockFile(m_path, mine);
    emit m_events->accessChanged();
    return Status::success();
}

Result<bool> Store::confirmLease(WriteTransaction& transaction, const QString& refusal)
{
    const auto current = EditingLease::read(connection());
    if (!current.ok()) {
        return Result<bool>(current.error());
    }
    const QDateTime now = Clock::nowUtc();
    if (current.value() && !current.value()->isHeldBy(m_actor)) {
        transaction.rollback();
        m_otherEditor = std::make_unique<LeaseHolder>(*current.value());
        m_ownsLease = false;
        const QString reason =
            tr("%1 took over editing on %2.").arg(current.value()->person, current.value()->machine) +
            QLatin1Char(' ') + refusal;
        becomeReadOnly(reason);
        return Result<bool>::failure(ErrorCode::Refused, reason);
    }
    // Held by one of our processes, or by nobody (handed back under us): ours from now on.
    // A command sharing its person's lease does not count in it. One left stale by a process
    // of ours that died (killed, or a crash) is this command's to take and hand back, so
    // that it does not stay behind with its lock file until it is noticed.
    const bool adopt = !current.value() || (m_leaseOnChange && !m_ownsLease && current.value()->isStale(now));
    LeaseHolder mine = adopt ? LeaseHolder{m_actor.person, m_actor.machine, m_session, now, now, 1} : *current.value();
    mine.heartbeat = now;
    if (auto written = EditingLease::write(connection(), mine); !written.ok()) {
        return Result<bool>(written.error());
    }
    m_ownsLease = m_ownsLease || adopt;
    return adopt;
}

Status Store::heartbeat()
{
    if (isReadOnly()) {
        return Status::success();
    }
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    const auto confirmed = confirmLease(transaction, tr("You can only read the file now."));
    if (!confirmed.ok()) {
        return Status(confirmed.error());
    }
    // The heartbeat is housekeeping, not a change to the accreditation record: no audit entry.
    return transaction.commit();
}

void Store::close()
{
    if (!m_connection) {
        return;
    }
    if (m_ownsLease && !isReadOnly()) {
        WriteTransaction transaction(connection());
        if (transaction.begin().ok()) {
            const auto current = EditingLease::read(connection());
            if (current.ok() && current.value() && current.value()->isHeldBy(m_actor)) {
                LeaseHolder holder = *current.value();
                if (holder.sessions > 1) {
                    // Other processes of ours still work: leave the lease to them.
                    holder.sessions -= 1;
                    if (EditingLease::write(connection(), holder).ok()) {
                        (void)transaction.commit();
                    }
                } else if (EditingLease::remove(connection()).ok() && transaction.commit().ok()) {
                    EditingLease::removeLockFile(m_path);
                }
            }
        }
        m_ownsLease = false;
    }
    if (m_historyWarning.isEmpty()) {
        compareWithSeenHistory();  // the last entry this session saw, its own or others'
    }
    m_connection->close();
    m_connection.reset();
}

Status Store::write(const std::function<Status(Change&)>& work)
{
    if (isReadOnly()) {
        return Status::failure(ErrorCode::ReadOnly, tr("Nothing was saved. %1").arg(m_readOnlyReason));
    }
    if (m_role != PersonRole::Officer) {
        return Status::failure(ErrorCode::Refused, tr("Only an officer can change the file. Nothing was saved."));
    }
    // A window's open left the tables to check before the first change (issue #18).
    if (auto checked = checkTablesBeforeWriting(); !checked.ok()) {
        return checked;
    }
    // The day's backup holds the file as it was before this session changed anything. A
    // command makes it only once its change is known (below), so that one refused makes none.
    if (!m_leaseOnChange) {
        makeDailyBackupIfDue();
    }
    // A command's backup, when today's is still to make, is read before its work (below).
    const bool backupBeforeWork = m_leaseOnChange && m_dailyBackupDue && !dailyBackupMadeToday(m_path);
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    // The lease is confirmed inside the unit of work, so that a session whose lease was
    // taken over (a laptop waking from sleep) can never write over the new editor.
    const auto confirmed = confirmLease(transaction, tr("Nothing was saved; you can only read the file now."));
    if (!confirmed.ok()) {
        return Status(confirmed.error());
    }
    const bool tookLease = confirmed.value();
    // Read through a second connection before the work: this unit holds the RESERVED lock and
    // has written nothing to the file yet, so the copy holds the file as it was before the
    // change, and however large the work (an import of thousands of rows), its pages may
    // spill into the file as SQLite needs, where they waited in memory for a copy made after
    // it. A unit that ends without a change removes the copy again (a refused command makes
    // no backup); older backups are pruned only once the unit is committed.
    QString backupMade;
    if (backupBeforeWork) {
        SqlConnection reader;
        const auto target = Backup::automaticTarget(m_path, QStringLiteral("daily"));
        if (auto opened = reader.open(m_path, SqlConnection::Mode::ReadOnly); !opened.ok()) {
            m_backupWarning = tr("Today's automatic backup failed: %1").arg(opened.message());
        } else if (!target.ok()) {
            m_backupWarning = tr("Today's automatic backup failed: %1").arg(target.message());
        } else if (auto made = Backup::write(reader.name(), target.value()); !made.ok()) {
            m_backupWarning = tr("Today's automatic backup failed: %1").arg(made.message());
        } else {
            backupMade = target.value();
        }
    }
    const auto removeBackup = [&backupMade]() {
        if (!backupMade.isEmpty()) {
            QFile::remove(backupMade);
        }
    };
    const QDateTime now = Clock::nowUtc();
    Change change;
    if (auto done = work(change); !done.ok()) {
        removeBackup();
        return done;  // the transaction rolls back as it goes out of scope
    }
    if (change.nothingChanged) {
        transaction.rollback();
        removeBackup();
        return Status::success();
    }
    if (m_leaseOnChange && m_dailyBackupDue) {
        m_dailyBackupDue = false;
    }
    AuditEntry entry;
    entry.at = now;
    entry.actor = m_actor.label();
    entry.action = change.action;
    entry.entity = change.entity;
    entry.entityId = change.entityId;
    entry.subjectId = change.subjectId.isEmpty() ? change.entityId : change.subjectId;
    entry.oldValue = jsonOrNull(change.before);
    entry.newValue = change.afterText.isNull() ? jsonOrNull(change.after) : change.afterText;
    if (auto audited = AuditLog::append(connection(), entry); !audited.ok()) {
        removeBackup();
        return audited;
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        removeBackup();
        return committed;
    }
    if (!backupMade.isEmpty()) {
        pruneDailyBackups(m_path, settings().backupsToKeep());
    }
    if (tookLease) {
        EditingLease::writeLockFile(m_path, LeaseHolder{m_actor.person, m_actor.machine, m_session, now, now, 1});
    }
    m_auditHead = auditHead();
    // Told after the commit only, and last: whoever listens reads the file as committed.
    emit m_events->changed({FileChange{entry.entity, entry.entityId, entry.action, entry.subjectId, false}});
    return Status::success();
}

FileEvents& Store::events() const
{
    return *m_events;
}

void Store::tellChangesSince(const QString& seenHead, const QString& head)
{
    // A head is "seq hash" (AuditLog). The entries after the one seen say what changed, as
    // long as the trail still holds that one: a file replaced by a restore does not.
    constexpr qint64 kMostToList = 200;  // beyond that every page reads everything anyway
    const FileChange unknown{{}, {}, {}, {}, true};
    const auto parse = [](const QString& text, QString* hash) {
        const QStringList parts = text.split(QLatin1Char(' '));
        bool ok = parts.size() == 2;
        const qint64 seq = ok ? parts.at(0).toLongLong(&ok) : 0;
        *hash = ok ? parts.at(1) : QString();
        return ok ? seq : qint64(-1);
    };
    QString seenHash;
    QString headHash;
    const qint64 seen = parse(seenHead, &seenHash);
    const qint64 last = parse(head, &headHash);
    const auto stillThere = seen > 0 ? AuditLog::hashAt(connection(), seen) : Result<QString>(QString());
    if (seen <= 0 || last <= seen || last - seen > kMostToList || !stillThere.ok() || stillThere.value() != seenHash) {
        emit m_events->changed({unknown});
        return;
    }
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, entity_id, action, subject_id FROM audit_log "
                             "WHERE seq > :seen AND seq <= :last ORDER BY seq"));
    q.bindValue(QStringLiteral(":seen"), seen);
    q.bindValue(QStringLiteral(":last"), last);
    if (!q.exec()) {
        emit m_events->changed({unknown});
        return;
    }
    QList<FileChange> changes;
    while (q.next()) {
        changes.append(FileChange{
            q.value(QStringLiteral("entity")).toString(), q.value(QStringLiteral("entity_id")).toString(),
            q.value(QStringLiteral("action")).toString(), q.value(QStringLiteral("subject_id")).toString(), true});
    }
    q.finish();
    emit m_events->changed(changes.isEmpty() ? QList<FileChange>{unknown} : changes);
}

QString Store::auditHead() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'audit_head'")) || !q.next()) {
        return {};
    }
    return q.value(u"value"_s).toString();
}

bool Store::hasChangedElsewhere()
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        return false;
    }
    const qint64 version = q.value(u"data_version"_s).toLongLong();
    q.finish();
    if (version == m_dataVersion) {
        return false;
    }
    m_dataVersion = version;
    // Heartbeats change the file too; only an audited change is news to the user.
    const QString head = auditHead();
    if (head == m_auditHead) {
        return false;
    }
    const QString seen = m_auditHead;
    m_auditHead = head;
    tellChangesSince(seen, head);
    return true;
}

Result<QString> Store::fileId() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'file_id'"))) {
        return Result<QString>(sqlError(q.lastError(), tr("Could not read the file's identity.")));
    }
    if (!q.next()) {
        return Result<QString>::failure(ErrorCode::Damaged, tr("The file has no identity recorded."));
    }
    return q.value(u"value"_s).toString();
}

bool Store::makeDailyBackupIfDue()
{
    if (!m_dailyBackupDue || isReadOnly()) {
        return false;
    }
    if (dailyBackupMadeToday(m_path)) {
        m_dailyBackupDue = false;
        return false;  // and the tables are left to the window's background check
    }
    // The day's backup pushes the oldest kept one out: it must be of a sound file. A window's
    // open left the tables to check; damage found here turns the session read-only.
    if (auto checked = checkTablesBeforeWriting(); !checked.ok()) {
        if (checked.code() != ErrorCode::Damaged) {
            m_backupWarning = tr("Today's automatic backup failed: %1").arg(checked.message());
        }
        return false;
    }
    m_dailyBackupDue = false;
    return makeDailyBackup();
}

bool Store::makeDailyBackup(const QString& connectionName)
{
    if (dailyBackupMadeToday(m_path)) {
        return false;
    }
    const auto target = Backup::automaticTarget(m_path, QStringLiteral("daily"));
    Status made = target.ok() ? Backup::write(connectionName.isEmpty() ? connection() : connectionName, target.value())
                              : Status(target.error());
    if (!made.ok()) {
        m_backupWarning = tr("Today's automatic backup failed: %1").arg(made.message());
        return false;
    }
    pruneDailyBackups(m_path, settings().backupsToKeep());
    return true;
}
