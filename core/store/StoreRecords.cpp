// SPDX-License-Identifier: GPL-3.0-or-later
// The competence profile in force (Store::insertProfile, Assessment::currentProfile).
#include "domain/FreeText.h"
#include "Clock.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"

#include "domain/Activity.h"
#include "domain/Attachment.h"
#include "store/internal/SearchIndex.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/RecordJson.h"
#include "assessment/ScoringForm.h"
#include "store/internal/DocumentBytes.h"
#include "store/internal/SqlError.h"

#include <QSqlError>
#include "domain/StageDecision.h"
#include "store/internal/StoreSql.h"
#include "store/internal/StoreWriteSql.h"
#include "domain/Workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

}  // namespace

Status Store::insertProfile(const CompetenceProfile& source)
{
    if (auto valid = source.validate().toStatus(); !valid.ok()) {
        return valid;
    }
    CompetenceProfile profile = source;
    profile.meta.rowVersion = 0;
    stamp(profile.meta, m_actor);
    QSqlDatabase db = QSqlDatabase::database(connection(), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO competence_profile (id, version, title, adopted_on, "
                             "counted_threshold_percent, row_version, modified_at, modified_by) VALUES (:id, "
                             ":version, :title, :adopted_on, :threshold, :row_version, :modified_at, :modified_by)"));
    bindMeta(q, profile.meta);
    q.bindValue(QStringLiteral(":version"), profile.version);
    q.bindValue(QStringLiteral(":title"), text(profile.title));
    q.bindValue(QStringLiteral(":adopted_on"), dateValue(profile.adoptedOn));
    q.bindValue(QStringLiteral(":threshold"), profile.countedThresholdPercent);
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not save the competence profile."));
    }
    QSqlQuery group(db);
    group.prepare(QStringLiteral("INSERT INTO criterion_group (profile_id, position, key, name) "
                                 "VALUES (:profile, :position, :key, :name)"));
    QSqlQuery criterion(db);
    criterion.prepare(QStringLiteral("INSERT INTO criterion (profile_id, group_key, position, key, name, kind) "
                                     "VALUES (:profile, :group, :position, :key, :name, :kind)"));
    for (int g = 0; g < profile.groups.size(); ++g) {
        const CriterionGroup& source_group = profile.groups.at(g);
        group.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
        group.bindValue(QStringLiteral(":position"), g);
        group.bindValue(QStringLiteral(":key"), text(source_group.key));
        group.bindValue(QStringLiteral(":name"), text(source_group.name));
        if (!group.exec()) {
            return sqlFailure(group.lastError(), tr("Could not save the competence profile."));
        }
        for (int c = 0; c < source_group.criteria.size(); ++c) {
            const Criterion& item = source_group.criteria.at(c);
            criterion.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
            criterion.bindValue(QStringLiteral(":group"), text(source_group.key));
            criterion.bindValue(QStringLiteral(":position"), c);
            criterion.bindValue(QStringLiteral(":key"), text(item.key));
            criterion.bindValue(QStringLiteral(":name"), text(item.name));
            criterion.bindValue(QStringLiteral(":kind"), keyOf(item.kind));
            if (!criterion.exec()) {
                return sqlFailure(criterion.lastError(), tr("Could not save the competence profile."));
            }
        }
    }
    QSqlQuery level(db);
    level.prepare(QStringLiteral("INSERT INTO scale_level (profile_id, rating, label, descriptor) "
                                 "VALUES (:profile, :rating, :label, :descriptor)"));
    for (const ScaleLevel& item : profile.scale) {
        level.bindValue(QStringLiteral(":profile"), idText(profile.meta.id));
        level.bindValue(QStringLiteral(":rating"), item.rating);
        level.bindValue(QStringLiteral(":label"), text(item.label));
        level.bindValue(QStringLiteral(":descriptor"), text(item.descriptor));
        if (!level.exec()) {
            return sqlFailure(level.lastError(), tr("Could not save the competence profile."));
        }
    }
    return Status::success();
}
