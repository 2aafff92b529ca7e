// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/People.h"

#include "Clock.h"
#include "domain/FreeText.h"
#include "domain/NameCollation.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "store/internal/SqlError.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kPersonColumns =
    QStringLiteral("id, name, account, role, administration, email, row_version, modified_at, modified_by");

Person readPerson(const QSqlQuery& q)
{
    Person p;
    p.meta = readMeta(q);
    p.name = q.value(u"name"_s).toString();
    p.account = q.value(u"account"_s).toString();
    p.role = toKey<PersonRole>(q.value(u"role"_s), PersonRole::Observer);
    p.administration = q.value(u"administration"_s).toString();
    p.email = q.value(u"email"_s).toString();
    return p;
}

}  // namespace

People::People(Store& store)
    : m_store(store)
{
}

Result<QList<Person>> People::all() const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connection(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM person ORDER BY name, account"))) {
        return Result<QList<Person>>(sqlError(q.lastError(), tr("Could not read the people of the file.")));
    }
    QList<Person> list;
    while (q.next()) {
        list.append(readPerson(q));
    }
    NameCollation().sort(list, [](const Person& p) -> QString {
        return p.name.trimmed() + QLatin1Char('\t') + p.account;  // a QString: the builder would outlive trimmed()
    });
    return list;
}

Result<Person> People::save(const Person& typed)
{
    Person edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Person>(valid.error());
    }
    Person saved = edited;
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        const bool isNew = saved.meta.isNew();
        QSqlQuery q(db);
        if (!isNew) {
            q.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM person WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
            if (!q.exec() || !q.next()) {
                return Status::failure(ErrorCode::NotFound,
                                       tr("%1 is no longer recorded in the file.").arg(saved.name));
            }
            const Person stored = readPerson(q);
            change.before = RecordJson::toJson(stored);
            q.finish();
            if (stored.role == PersonRole::Officer && saved.role != PersonRole::Officer) {
                QSqlQuery officers(db);
                if (!officers.exec(QStringLiteral("SELECT count(*) AS n FROM person WHERE role = 'officer'")) ||
                    !officers.next() || officers.value(u"n"_s).toInt() <= 1) {
                    return Status::failure(
                        ErrorCode::Refused,
                        tr("%1 is the file's only officer; record another officer first.").arg(stored.name));
                }
            }
        } else if (saved.meta.id.isNull()) {
            saved.meta.id = QUuid::createUuid();
        }
        const qint64 readVersion = saved.meta.rowVersion;
        saved.meta.rowVersion = readVersion + 1;
        saved.meta.modifiedAt = Clock::nowUtc();
        saved.meta.modifiedBy = m_store.actor().label();
        q.prepare(isNew ? QStringLiteral("INSERT INTO person (") + kPersonColumns +
                              QStringLiteral(") VALUES (:id, :name, :account, :role, :administration, :email, "
                                             ":row_version, :modified_at, :modified_by)")
                        : QStringLiteral("UPDATE person SET name = :name, account = :account, role = :role, "
                                         "administration = :administration, email = :email, "
                                         "row_version = :row_version, modified_at = :modified_at, "
                                         "modified_by = :modified_by WHERE id = :id AND row_version = :read_version"));
        q.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
        q.bindValue(QStringLiteral(":name"), text(saved.name));
        q.bindValue(QStringLiteral(":account"), text(saved.account));
        q.bindValue(QStringLiteral(":role"), keyOf(saved.role));
        q.bindValue(QStringLiteral(":administration"), text(saved.administration));
        q.bindValue(QStringLiteral(":email"), text(saved.email));
        q.bindValue(QStringLiteral(":row_version"), saved.meta.rowVersion);
        q.bindValue(QStringLiteral(":modified_at"), timeText(saved.meta.modifiedAt));
        q.bindValue(QStringLiteral(":modified_by"), saved.meta.modifiedBy);
        if (!isNew) {
            q.bindValue(QStringLiteral(":read_version"), readVersion);
        }
        if (!q.exec()) {
            if (sqliteCode(q.lastError()) == 19) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("Someone is already recorded with the account \"%1\".").arg(saved.account));
            }
            return sqlFailure(q.lastError(), tr("Could not save %1.").arg(saved.name));
        }
        if (!isNew && q.numRowsAffected() != 1) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("%1 was changed by someone else after you opened them; reload.").arg(saved.name));
        }
        change.action = isNew ? QStringLiteral("person.create") : QStringLiteral("person.update");
        change.entity = QStringLiteral("person");
        change.entityId = idText(saved.meta.id);
        change.after = RecordJson::toJson(saved);
        return Status::success();
    });
    if (!status.ok()) {
        return Result<Person>(status.error());
    }
    // The session's own role follows a change of it at once (what it may do and see).
    if (saved.meta.id == m_store.m_personId) {
        m_store.m_role = saved.role;
    }
    return saved;
}
