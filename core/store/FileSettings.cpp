// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FileSettings.h"

#include "FrontEnd.h"
#include "domain/LetterTemplate.h"
#include "store/Store.h"
#include "store/internal/StoreChange.h"
#include "store/internal/StoreWriteSql.h"

#include <QJsonObject>
#include <QStringList>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

// The signatory lives in file_info: a setting of the file, like the week counting.
const QString kSignatoryName = QStringLiteral("letter_signatory_name");
const QString kSignatoryTitle = QStringLiteral("letter_signatory_title");
// What reviewers see of the candidates (CandidateDisclosure), also settings of the file.
const QString kReviewersSee = QStringLiteral("reviewers_see");
const QString kAnonymisedRounds = QStringLiteral("anonymised_rounds");

/// The value of the file_info key `key`; null when missing or unreadable.
QVariant settingValue(const QString& connection, const QString& key)
{
    auto q = exec(connection, QStringLiteral("SELECT value FROM file_info WHERE key = :key"),
                  {{QStringLiteral(":key"), key}}, {});
    if (q.ok() && q.value().next()) {
        return q.value().value(u"value"_s);
    }
    return {};
}

LetterSignatory readSignatory(const QString& connection)
{
    LetterSignatory signatory;
    auto q = exec(connection, QStringLiteral("SELECT key, value FROM file_info WHERE key IN (:name, :title)"),
                  {{QStringLiteral(":name"), kSignatoryName}, {QStringLiteral(":title"), kSignatoryTitle}}, {});
    if (q.ok()) {
        while (q.value().next()) {
            (q.value().value(u"key"_s).toString() == kSignatoryName ? signatory.name : signatory.title) =
                q.value().value(u"value"_s).toString();
        }
    }
    return signatory;
}

QJsonObject signatoryJson(const LetterSignatory& s)
{
    return {{QStringLiteral("signatory_name"), s.name}, {QStringLiteral("signatory_title"), s.title}};
}

/// Sets the file_info key `key` to `value` inside the caller's unit; an empty value removes
/// the key. `failure` is what the user is told when SQLite refuses.
Status putSetting(const QString& connection, const QString& key, const QString& value, const QString& failure)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM file_info WHERE key = :key"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO file_info (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":value"), value);
    }
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec()) {
        return sqlFailure(q.lastError(), failure);
    }
    return Status::success();
}

}  // namespace

FileSettings::FileSettings(Store& store)
    : m_store(store)
{
}

int FileSettings::retentionYears() const
{
    const QVariant value = settingValue(m_store.connection(), QStringLiteral("retention_years"));
    if (!value.isNull()) {
        bool ok = false;
        const int years = value.toInt(&ok);
        if (ok && years >= 1) {
            return years;
        }
    }
    return 2;
}

Status FileSettings::setRetentionYears(int years)
{
    if (years < 1 || years > 50) {
        return Status::failure(ErrorCode::Invalid, tr("The retention period is between 1 and 50 years."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        const int before = retentionYears();  // inside the unit: the value this change replaces
        if (auto put = putSetting(m_store.connection(), QStringLiteral("retention_years"), QString::number(years),
                                  tr("Could not save the setting."));
            !put.ok()) {
            return put;
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        change.entityId = QStringLiteral("retention_years");
        change.before = {{QStringLiteral("retention_years"), before}};
        change.after = {{QStringLiteral("retention_years"), years}};
        return Status::success();
    });
}

int FileSettings::backupsToKeep() const
{
    const QVariant value = settingValue(m_store.connection(), QStringLiteral("backups_to_keep"));
    if (!value.isNull()) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (ok && count >= 1) {
            return count;
        }
    }
    return kDefaultBackupsToKeep;
}

Status FileSettings::setBackupsToKeep(int count)
{
    if (count < 1 || count > 365) {
        return Status::failure(ErrorCode::Invalid, tr("Keep between 1 and 365 daily backups."));
    }
    return m_store.write([&](Store::Change& change) -> Status {
        const int before = backupsToKeep();  // inside the unit: the value this change replaces
        if (auto put = putSetting(m_store.connection(), QStringLiteral("backups_to_keep"), QString::number(count),
                                  tr("Could not save the setting."));
            !put.ok()) {
            return put;
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        change.entityId = QStringLiteral("backups_to_keep");
        change.before = {{QStringLiteral("backups_to_keep"), before}};
        change.after = {{QStringLiteral("backups_to_keep"), count}};
        return Status::success();
    });
}

WeekCounting FileSettings::weekCounting() const
{
    const QVariant value = settingValue(m_store.connection(), QStringLiteral("week_counting"));
    if (!value.isNull()) {
        if (const auto rule = fromKey<WeekCounting>(value.toString())) {
            return *rule;
        }
    }
    return WeekCounting::WorkingDays;
}

Status FileSettings::setWeekCounting(WeekCounting rule)
{
    return m_store.write([&](Store::Change& change) -> Status {
        const WeekCounting before = weekCounting();  // inside the unit: the rule this change replaces
        if (rule == before) {
            change.nothingChanged = true;
            return Status::success();
        }
        if (auto put = putSetting(m_store.connection(), QStringLiteral("week_counting"), keyOf(rule),
                                  tr("Could not save the setting."));
            !put.ok()) {
            return put;
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        change.entityId = QStringLiteral("week_counting");
        change.before = {{QStringLiteral("week_counting"), keyOf(before)}};
        change.after = {{QStringLiteral("week_counting"), keyOf(rule)}};
        return Status::success();
    });
}

LetterSignatory FileSettings::letterSignatory() const
{
    return readSignatory(m_store.connection());
}

Status FileSettings::setLetterSignatory(const LetterSignatory& wanted)
{
    const LetterSignatory signatory{wanted.name.trimmed(), wanted.title.trimmed()};
    if (auto valid = signatory.validate().toStatus(); !valid.ok()) {
        return valid;
    }
    return m_store.write([&](Store::Change& change) -> Status {
        const LetterSignatory before = readSignatory(m_store.connection());
        if (before.name == signatory.name && before.title == signatory.title) {
            change.nothingChanged = true;
            return Status::success();
        }
        for (const auto& [key, value] :
             {std::pair{kSignatoryName, signatory.name}, std::pair{kSignatoryTitle, signatory.title}}) {
            if (auto put = putSetting(m_store.connection(), key, value, tr("Could not save who signs the letters."));
                !put.ok()) {
                return put;
            }
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        change.entityId = QStringLiteral("letter_signatory");
        change.before = signatoryJson(before);
        change.after = signatoryJson(signatory);
        return Status::success();
    });
}

ReviewerScope FileSettings::reviewersSee() const
{
    const QVariant value = settingValue(m_store.connection(), kReviewersSee);
    const auto scope = value.isNull() ? std::nullopt : CandidateDisclosure::scopeFromKey(value.toString());
    return scope.value_or(ReviewerScope::Assigned);
}

QSet<PipelineStep> FileSettings::anonymisedRounds() const
{
    const QVariant value = settingValue(m_store.connection(), kAnonymisedRounds);
    const auto rounds = value.isNull() ? std::nullopt : CandidateDisclosure::roundsFromKey(value.toString());
    return rounds.value_or(QSet<PipelineStep>());
}

FileSettings::Values FileSettings::values() const
{
    return {retentionYears(), backupsToKeep(), weekCounting(), letterSignatory(), reviewersSee(), anonymisedRounds()};
}

Status FileSettings::validate(const Values& wanted)
{
    if (wanted.retentionYears < 1 || wanted.retentionYears > 50) {
        return Status::failure(ErrorCode::Invalid, tr("The retention period is between 1 and 50 years."));
    }
    if (wanted.backupsToKeep < 1 || wanted.backupsToKeep > 365) {
        return Status::failure(ErrorCode::Invalid, tr("Keep between 1 and 365 daily backups."));
    }
    return LetterSignatory{wanted.signatory.name.trimmed(), wanted.signatory.title.trimmed()}.validate().toStatus();
}

Status FileSettings::update(const Values& read, const Values& wantedAsGiven)
{
    Values wanted = wantedAsGiven;
    wanted.signatory = {wantedAsGiven.signatory.name.trimmed(), wantedAsGiven.signatory.title.trimmed()};
    if (auto valid = validate(wanted); !valid.ok()) {
        return valid;
    }
    return m_store.write([&](Store::Change& change) -> Status {
        const Values now = values();  // inside the unit: what this change replaces
        QJsonObject before;
        QJsonObject after;
        QStringList changedElsewhere;
        QStringList keys;
        // For each setting: what the caller read, what the file holds now, what is wanted.
        const auto compare = [&](bool readDiffers, bool nowDiffers, bool wantedDiffersFromNow, const QString& what,
                                 const QString& key) {
            if (readDiffers && nowDiffers && wantedDiffersFromNow) {
                changedElsewhere.append(what);
            } else if (readDiffers && wantedDiffersFromNow) {
                keys.append(key);
            }
        };
        compare(wanted.retentionYears != read.retentionYears, now.retentionYears != read.retentionYears,
                wanted.retentionYears != now.retentionYears, tr("the retention period"),
                QStringLiteral("retention_years"));
        compare(wanted.backupsToKeep != read.backupsToKeep, now.backupsToKeep != read.backupsToKeep,
                wanted.backupsToKeep != now.backupsToKeep, tr("the daily backups kept"),
                QStringLiteral("backups_to_keep"));
        compare(wanted.weekCounting != read.weekCounting, now.weekCounting != read.weekCounting,
                wanted.weekCounting != now.weekCounting, tr("the week counting"), QStringLiteral("week_counting"));
        const auto same = [](const LetterSignatory& a, const LetterSignatory& b) {
            return a.name == b.name && a.title == b.title;
        };
        compare(!same(wanted.signatory, read.signatory), !same(now.signatory, read.signatory),
                !same(wanted.signatory, now.signatory), tr("who signs the letters"),
                QStringLiteral("letter_signatory"));
        compare(wanted.reviewersSee != read.reviewersSee, now.reviewersSee != read.reviewersSee,
                wanted.reviewersSee != now.reviewersSee, tr("which candidates reviewers see"), kReviewersSee);
        compare(wanted.anonymisedRounds != read.anonymisedRounds, now.anonymisedRounds != read.anonymisedRounds,
                wanted.anonymisedRounds != now.anonymisedRounds, tr("the rounds reviewed anonymously"),
                kAnonymisedRounds);
        if (!changedElsewhere.isEmpty()) {
            return Status::failure(
                ErrorCode::Conflict,
                tr("Someone else changed %1 of this file meanwhile; nothing was saved. %2")
                    .arg(changedElsewhere.join(tr(", ")),
                         FrontEnd::choose(tr("Press OK again to save your values over theirs, or Cancel to keep "
                                             "theirs."),
                                          tr("Run settings FILE to see them."))));
        }
        if (keys.isEmpty()) {
            change.nothingChanged = true;
            return Status::success();
        }
        for (const QString& key : std::as_const(keys)) {
            if (key == QLatin1String("retention_years")) {
                before.insert(key, now.retentionYears);
                after.insert(key, wanted.retentionYears);
                if (auto put = putSetting(m_store.connection(), key, QString::number(wanted.retentionYears),
                                          tr("Could not save the setting."));
                    !put.ok()) {
                    return put;
                }
            } else if (key == QLatin1String("backups_to_keep")) {
                before.insert(key, now.backupsToKeep);
                after.insert(key, wanted.backupsToKeep);
                if (auto put = putSetting(m_store.connection(), key, QString::number(wanted.backupsToKeep),
                                          tr("Could not save the setting."));
                    !put.ok()) {
                    return put;
                }
            } else if (key == QLatin1String("week_counting")) {
                before.insert(key, keyOf(now.weekCounting));
                after.insert(key, keyOf(wanted.weekCounting));
                if (auto put = putSetting(m_store.connection(), key, keyOf(wanted.weekCounting),
                                          tr("Could not save the setting."));
                    !put.ok()) {
                    return put;
                }
            } else if (key == kReviewersSee || key == kAnonymisedRounds) {
                const bool scope = key == kReviewersSee;
                const QString nowKey = scope ? CandidateDisclosure::keyOf(now.reviewersSee)
                                             : CandidateDisclosure::roundsKey(now.anonymisedRounds);
                const QString wantedKey = scope ? CandidateDisclosure::keyOf(wanted.reviewersSee)
                                                : CandidateDisclosure::roundsKey(wanted.anonymisedRounds);
                before.insert(key, nowKey);
                after.insert(key, wantedKey);
                // No round anonymised is the default: the key goes rather than holding "".
                if (auto put = putSetting(m_store.connection(), key, wantedKey, tr("Could not save the setting."));
                    !put.ok()) {
                    return put;
                }
            } else {
                const QJsonObject nowJson = signatoryJson(now.signatory);
                const QJsonObject wantedJson = signatoryJson(wanted.signatory);
                for (auto it = nowJson.constBegin(); it != nowJson.constEnd(); ++it) {
                    before.insert(it.key(), it.value());
                }
                for (auto it = wantedJson.constBegin(); it != wantedJson.constEnd(); ++it) {
                    after.insert(it.key(), it.value());
                }
                for (const auto& [name, value] : {std::pair{kSignatoryName, wanted.signatory.name},
                                                  std::pair{kSignatoryTitle, wanted.signatory.title}}) {
                    if (auto put = putSetting(m_store.connection(), name, value, tr("Could not save the setting."));
                        !put.ok()) {
                        return put;
                    }
                }
            }
        }
        change.action = QStringLiteral("settings.update");
        change.entity = QStringLiteral("setting");
        // One setting keeps the id its own setter gives; several are the file's settings.
        change.entityId = keys.size() == 1 ? keys.constFirst() : QStringLiteral("file_settings");
        change.before = before;
        change.after = after;
        return Status::success();
    });
}
