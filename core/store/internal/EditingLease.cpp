// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/internal/EditingLease.h"

#include "store/Actor.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct EditingLeaseText {
    Q_DECLARE_TR_FUNCTIONS(EditingLease)
};

}  // namespace

Result<std::optional<LeaseHolder>> EditingLease::read(const QString& connectionName)
{
    using R = Result<std::optional<LeaseHolder>>;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT person, machine, session, since, heartbeat, sessions FROM editing_lease "
                               "WHERE slot = 1"))) {
        return R(sqlError(q.lastError(), EditingLeaseText::tr("Could not read who is editing the file.")));
    }
    if (!q.next()) {
        return std::optional<LeaseHolder>();
    }
    LeaseHolder holder{q.value(u"person"_s).toString(),           q.value(u"machine"_s).toString(),
                       q.value(u"session"_s).toString(),          StoreSql::toTime(q.value(u"since"_s)),
                       StoreSql::toTime(q.value(u"heartbeat"_s)), q.value(u"sessions"_s).toInt()};
    return std::optional<LeaseHolder>(holder);
}

Status EditingLease::write(const QString& connectionName, const LeaseHolder& holder)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO editing_lease (slot, person, machine, session, since, heartbeat, sessions) "
                             "VALUES (1, :person, :machine, :session, :since, :heartbeat, :sessions) "
                             "ON CONFLICT (slot) DO UPDATE SET person = excluded.person, machine = excluded.machine, "
                             "session = excluded.session, since = excluded.since, heartbeat = excluded.heartbeat, "
                             "sessions = excluded.sessions"));
    q.bindValue(QStringLiteral(":person"), holder.person);
    q.bindValue(QStringLiteral(":machine"), holder.machine);
    q.bindValue(QStringLiteral(":session"), holder.session);
    q.bindValue(QStringLiteral(":since"), StoreSql::timeText(holder.since));
    q.bindValue(QStringLiteral(":heartbeat"), StoreSql::timeText(holder.heartbeat));
    q.bindValue(QStringLiteral(":sessions"), qMax(1, holder.sessions));
    if (!q.exec()) {
        return sqlFailure(q.lastError(), EditingLeaseText::tr("Could not record who is editing the file."));
    }
    return Status::success();
}

Status EditingLease::remove(const QString& connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("DELETE FROM editing_lease"))) {
        return sqlFailure(q.lastError(), EditingLeaseText::tr("Could not hand back the editing of the file."));
    }
    return Status::success();
}

void EditingLease::writeLockFile(const QString& filePath, const LeaseHolder& holder)
{
    QSaveFile file(lockFilePath(filePath));
    if (!file.open(QIODevice::WriteOnly)) {
        return;
    }
    const QJsonObject lock{{QStringLiteral("person"), holder.person},
                           {QStringLiteral("machine"), holder.machine},
                           {QStringLiteral("since"), StoreSql::timeText(holder.since)},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    file.write(QJsonDocument(lock).toJson());
    file.commit();
}

void EditingLease::removeLockFile(const QString& filePath)
{
    QFile::remove(lockFilePath(filePath));
}
