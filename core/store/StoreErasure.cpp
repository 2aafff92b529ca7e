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

namespace {

const QString kErased = QStringLiteral("[erased]");

// The keys of a candidate's or a document's JSON that identify the person.
const QStringList kPersonalKeys = {
    QStringLiteral("family_name"),     QStringLiteral("given_names"), QStringLiteral("gender"),
    QStringLiteral("date_of_birth"),   QStringLiteral("nationality"), QStringLiteral("email"),
    QStringLiteral("phone"),           QStringLiteral("position"),    QStringLiteral("ipr_experience"),
    QStringLiteral("other_languages"), QStringLiteral("file_name"),   QStringLiteral("sha256")};

QString redactJson(const QString& json)
{
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject()) {
        return json;
    }
    QJsonObject object = document.object();
    for (const QString& key : kPersonalKeys) {
        if (object.contains(key)) {
            object.insert(key, kErased);
        }
    }
    return RecordJson::compact(object);
}

}  // namespace

Status Store::erasePersonalData(const QUuid& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Invalid, tr("Write why the personal data is erased; the reason is kept."));
    }
    return write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        const auto stored = candidate(id);
        if (!stored.ok()) {
            return Status(stored.error());
        }
        if (stored.value().isErased()) {
            change.nothingChanged = true;
            return Status::success();
        }
        const QDateTime now = Clock::nowUtc();
        const QStringList statements = {
            QStringLiteral("UPDATE candidate SET family_name = :erased, given_names = '', gender = 'undisclosed', "
                           "date_of_birth = NULL, nationality = '', position = '', email = '', phone = '', "
                           "education = NULL, years_in_customs = 0, years_in_public_administration = 0, "
                           "english_level = NULL, ipr_experience = '', consent_to_keep_data = 0, search_text = '', "
                           "erased_at = :now, row_version = row_version + 1, modified_at = :now, "
                           "modified_by = :by WHERE id = :id"),
            QStringLiteral("DELETE FROM candidate_language WHERE candidate_id = :id"),
            QStringLiteral("DELETE FROM attachment WHERE candidate_id = :id"),
            // Why someone was unavailable (illness, family) is personal too.
            QStringLiteral("DELETE FROM unavailability WHERE candidate_id = :id"),
            // Content no other candidate's attachment uses; secure_delete overwrites it.
            QStringLiteral("DELETE FROM document WHERE NOT EXISTS "
                           "(SELECT 1 FROM attachment a WHERE a.sha256 = document.sha256)"),
        };
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            q.prepare(sql);
            if (sql.contains(QLatin1String(":erased"))) {
                q.bindValue(QStringLiteral(":erased"), kErased);
                q.bindValue(QStringLiteral(":now"), timeText(now));
                q.bindValue(QStringLiteral(":by"), m_actor.label());
            }
            if (sql.contains(QLatin1String(":id"))) {
                q.bindValue(QStringLiteral(":id"), idText(id));
            }
            if (!q.exec()) {
                return sqlFailure(q.lastError(), tr("Could not erase the personal data."));
            }
        }
        // Their words leave the search index too: the field rows, the text of documents no
        // longer in the file, and, by merging the index, the index pages that still held them.
        if (auto forgotten = SearchIndex::forgetCandidate(db, idText(id)); !forgotten.ok()) {
            return forgotten;
        }
        if (auto forgotten = SearchIndex::forgetRemovedDocuments(db); !forgotten.ok()) {
            return forgotten;
        }
        if (auto purged = SearchIndex::purgeDeleted(db); !purged.ok()) {
            return purged;
        }
        const auto redacted = AuditLog::redactSubject(connection(), idText(id), redactJson);
        if (!redacted.ok()) {
            return Status(redacted.error());
        }
        change.action = QStringLiteral("candidate.erase");
        change.entity = QStringLiteral("candidate");
        change.entityId = idText(id);
        // Who erased what and when, without what was erased.
        change.after = {{QStringLiteral("erased_at"), timeText(now)},
                        {QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("audit_redacted_from"), redacted.value()}};
        return Status::success();
    });
}
