// SPDX-License-Identifier: GPL-3.0-or-later
// Store's side of assessment: the scoring forms, reviewers assigned to candidates, the
// conflicts they declared, the officer's consensus and outcomes, and the Stage 1 pre-check.
// The rules themselves are ReviewRules', ScoringForm's and ScreeningCheck's.
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "Activity.h"
#include "AssessmentRecords.h"
#include "Candidate.h"
#include "CompetenceProfile.h"
#include "Person.h"
#include "Pipeline.h"
#include "ReviewFile.h"
#include "ReviewRules.h"
#include "ReviewerWork.h"
#include "ScoreVisibility.h"
#include "Score.h"
#include "ScoringForm.h"
#include "ScreeningCheck.h"
#include "Workshop.h"
#include "StoreSql.h"
#include "StoreWriteSql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace StoreSql;

namespace {

Status exec(QSqlQuery& q, const QString& what)
{
    return q.exec() ? Status::success() : sqlFailure(q.lastError(), what);
}

/// A workshop's criteria as saved and audited: trimmed, the description only when given.
QJsonArray criteriaJson(const QList<Criterion>& list)
{
    QJsonArray array;
    for (const Criterion& c : list) {
        QJsonObject o{{QStringLiteral("key"), c.key.trimmed()}, {QStringLiteral("name"), c.name.trimmed()}};
        if (!c.description.trimmed().isEmpty()) {
            o.insert(QStringLiteral("description"), c.description.trimmed());
        }
        array.append(o);
    }
    return array;
}

}  // namespace

Result<QList<Criterion>> Store::workshopCriteria(const QUuid& workshopId) const
{
    return readAll<Criterion>(
        connection(),
        QStringLiteral("SELECT key, name, description FROM workshop_criterion WHERE workshop_id = :id "
                       "ORDER BY position, key"),
        {{QStringLiteral(":id"), idText(workshopId)}},
        [](const QSqlQuery& q) {
            return Criterion{q.value(0).toString(), q.value(1).toString(), CriterionKind::Counted,
                             q.value(2).toString()};
        },
        tr("Could not read the workshop's criteria."));
}

Status Store::setWorkshopCriteria(const QUuid& workshopId, const QList<Criterion>& criteria,
                                  const QList<Criterion>& basedOn)
{
    return changeWorkshopCriteria(workshopId, [&](QList<Criterion>& current) -> Status {
        // Compared as saved (trimmed), so that what the caller read always matches itself.
        if (criteriaJson(current) != criteriaJson(basedOn)) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("Someone else changed this workshop's criteria after you read them; nothing "
                                      "was saved. Look at them again and make your change on top."));
        }
        current = criteria;
        return Status::success();
    });
}

Status Store::changeWorkshopCriteria(const QUuid& workshopId, const std::function<Status(QList<Criterion>&)>& edit)
{
    return write([&](Change& change) -> Status {
        QSqlQuery q(QSqlDatabase::database(connection(), false));
        q.prepare(QStringLiteral("SELECT 1 FROM workshop WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), idText(workshopId));
        if (!q.exec() || !q.next()) {
            return Status::failure(ErrorCode::NotFound, tr("The workshop is no longer in the file."));
        }
        q.finish();
        // Read inside the unit of work: what another process saved a moment ago is the
        // starting point and the audit entry's before-image, never a list read earlier.
        const auto before = workshopCriteria(workshopId);
        if (!before.ok()) {
            return Status(before.error());
        }
        QList<Criterion> criteria = before.value();
        if (auto edited = edit(criteria); !edited.ok()) {
            return edited;
        }
        QSet<QString> keys;
        for (const Criterion& c : criteria) {
            if (c.key.trimmed().isEmpty() || c.key.contains(QLatin1Char(':')) || c.name.trimmed().isEmpty()) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("Every workshop criterion needs a key without ':' and a name."));
            }
            if (keys.contains(c.key.trimmed())) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("The criterion key \"%1\" is used twice.").arg(c.key.trimmed()));
            }
            keys.insert(c.key.trimmed());
        }
        q.prepare(QStringLiteral("DELETE FROM workshop_criterion WHERE workshop_id = :id"));
        q.bindValue(QStringLiteral(":id"), idText(workshopId));
        if (auto done = exec(q, tr("Could not save the workshop's criteria.")); !done.ok()) {
            return done;
        }
        q.prepare(QStringLiteral("INSERT INTO workshop_criterion (workshop_id, position, key, name, description) "
                                 "VALUES (:workshop, :position, :key, :name, :description)"));
        for (int i = 0; i < criteria.size(); ++i) {
            q.bindValue(QStringLiteral(":workshop"), idText(workshopId));
            q.bindValue(QStringLiteral(":position"), i);
            q.bindValue(QStringLiteral(":key"), criteria.at(i).key.trimmed());
            q.bindValue(QStringLiteral(":name"), criteria.at(i).name.trimmed());
            q.bindValue(QStringLiteral(":description"), text(criteria.at(i).description.trimmed()));
            if (auto done = exec(q, tr("Could not save the workshop's criteria.")); !done.ok()) {
                return done;
            }
        }
        change.action = QStringLiteral("workshop.criteria");
        change.entity = QStringLiteral("workshop");
        change.entityId = idText(workshopId);
        change.before = {{QStringLiteral("criteria"), criteriaJson(before.value())}};
        change.after = {{QStringLiteral("criteria"), criteriaJson(criteria)}};
        return Status::success();
    });
}
