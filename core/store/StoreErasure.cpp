// SPDX-License-Identifier: GPL-3.0-or-later
// Erasing a candidate's personal data for good, and the retention period after which data
// kept without consent is due for erasure.
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "AuditLog.h"
#include "Candidate.h"
#include "RecordJson.h"
#include "SearchIndex.h"
#include "SqlError.h"
#include "StoreSql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;

int Store::retentionYears() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (q.exec(QStringLiteral("SELECT value FROM file_info WHERE key = 'retention_years'")) && q.next()) {
        bool ok = false;
        const int years = q.value(0).toInt(&ok);
        if (ok && years >= 1) {
            return years;
        }
    }
    return 2;
}

Status Store::setRetentionYears(int years)
{
    if (years < 1 || years > 50) {
        return Status::failure(ErrorCode::Invalid, tr("The retention period is between 1 and 50 years."));
    }
    return write([&](Change& change) -> Status {
        const int before = retentionYears();  // inside the unit: the value this change replaces
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("INSERT INTO file_info (key, value) VALUES ('retention_years', :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":value"), QString::number(years));
        if (!q.exec()) {
            return sqlFailure(q.lastError(), tr("Could not save the setting."));
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        change.entityId = QStringLiteral("retention_years");
        change.before = {{QStringLiteral("retention_years"), before}};
        change.after = {{QStringLiteral("retention_years"), years}};
        return Status::success();
    });
}
