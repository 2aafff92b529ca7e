// The people of the file and the scores their review files bring.
#include "FreeText.h"
#include "Clock.h"
#include "Store.h"
#include "StoreChange.h"

#include "AssessmentRecords.h"
#include "NameCollation.h"
#include "Person.h"
#include "RecordJson.h"
#include "ReviewFile.h"
#include "Score.h"
#include "ScoreSql.h"
#include "SqlError.h"
#include "StoreSql.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;

namespace {

const QString kPersonColumns =
    QStringLiteral("id, name, account, role, administration, email, row_version, modified_at, modified_by");
const QString kScoreColumns = QStringLiteral(
    "id, reviewer_id, candidate_id, criterion_key, profile_version, rating, comment, evidence, submitted_at, "
    "updated_at, row_version, modified_at, modified_by");

Person readPerson(const QSqlQuery& q)
{
    Person p;
    p.meta = readMeta(q, 0, 6);
    p.name = q.value(1).toString();
    p.account = q.value(2).toString();
    p.role = toKey<PersonRole>(q.value(3), PersonRole::Observer);
    p.administration = q.value(4).toString();
    p.email = q.value(5).toString();
    return p;
}

Score readScore(const QSqlQuery& q)
{
    Score s = ScoreSql::read(q, 2);
    s.reviewerId = QUuid::fromString(q.value(1).toString());
    return s;
}

} // namespace

Result<QList<Person>> Store::people() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
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

Result<Person> Store::savePerson(const Person& typed)
{
    Person edited = typed;
    FreeText::tidy(edited);
    if (auto valid = edited.validate().toStatus(); !valid.ok()) {
        return Result<Person>(valid.error());
    }
    Person saved = edited;
    const Status status = write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        const bool isNew = saved.meta.isNew();
        QSqlQuery q(db);
        if (!isNew) {
            q.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM person WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
            if (!q.exec() || !q.next()) {
                return Status::failure(ErrorCode::NotFound, tr("%1 is no longer recorded in the file.").arg(saved.name));
            }
            const Person stored = readPerson(q);
            change.before = RecordJson::toJson(stored);
            q.finish();
            if (stored.role == PersonRole::Officer && saved.role != PersonRole::Officer) {
                QSqlQuery officers(db);
                if (!officers.exec(QStringLiteral("SELECT count(*) FROM person WHERE role = 'officer'")) ||
                    !officers.next() || officers.value(0).toInt() <= 1) {
                    return Status::failure(ErrorCode::Refused,
                                           tr("%1 is the file's only officer; record another officer first.")
                                               .arg(stored.name));
                }
            }
        } else if (saved.meta.id.isNull()) {
            saved.meta.id = QUuid::createUuid();
        }
        const qint64 readVersion = saved.meta.rowVersion;
        saved.meta.rowVersion = readVersion + 1;
        saved.meta.modifiedAt = Clock::nowUtc();
        saved.meta.modifiedBy = m_actor.label();
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
    if (saved.meta.id == m_personId) {
        m_role = saved.role;
    }
    return saved;
}

Result<QList<Score>> Store::scores(const QUuid& candidateId) const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kScoreColumns +
              QStringLiteral(" FROM score WHERE :all = 1 OR candidate_id = :candidate "
                             "ORDER BY candidate_id, criterion_key, reviewer_id"));
    q.bindValue(QStringLiteral(":all"), candidateId.isNull() ? 1 : 0);
    q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
    if (!q.exec()) {
        return Result<QList<Score>>(sqlError(q.lastError(), tr("Could not read the scores.")));
    }
    QList<Score> list;
    while (q.next()) {
        list.append(readScore(q));
    }
    return list;
}

Result<ReviewImport> Store::importReview(const QString& reviewFilePath)
{
    using R = Result<ReviewImport>;
    const auto review = ReviewFile::open(reviewFilePath, true);
    if (!review.ok()) {
        return R(review.error());
    }
    const ReviewFile::Identity identity = review.value()->identity();
    const auto ownId = fileId();
    if (!ownId.ok()) {
        return R(ownId.error());
    }
    if (identity.sharedFileId != ownId.value()) {
        return R::failure(ErrorCode::Refused,
                          tr("\"%1\" was made for another accreditation file, not for this one. Import it into the "
                             "file it was made for; nothing was imported.")
                              .arg(QDir::toNativeSeparators(reviewFilePath)));
    }
    const auto incoming = review.value()->scores();
    if (!incoming.ok()) {
        return R(incoming.error());
    }
    const auto declared = review.value()->conflicts();
    if (!declared.ok()) {
        return R(declared.error());
    }
    ReviewImport result;
    result.reviewerName = identity.reviewerName;
    result.scoresInFile = int(incoming.value().size());
    const Status status = write([&](Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(connection(), false);
        QSqlQuery reviewer(db);
        reviewer.prepare(QStringLiteral("SELECT role, name FROM person WHERE id = :id"));
        reviewer.bindValue(QStringLiteral(":id"), idText(identity.reviewerId));
        if (!reviewer.exec() || !reviewer.next() || reviewer.value(0).toString() != QLatin1String("reviewer")) {
            return Status::failure(ErrorCode::Refused,
                                   tr("%1 is not recorded as a reviewer in this file; nothing was imported.")
                                       .arg(identity.reviewerName));
        }
        result.reviewerName = reviewer.value(1).toString();
        reviewer.finish();
        QSqlQuery stored(db);
        stored.prepare(QStringLiteral("SELECT updated_at, row_version FROM score WHERE reviewer_id = :reviewer AND "
                                      "candidate_id = :candidate AND criterion_key = :criterion"));
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO score (") + kScoreColumns + QStringLiteral(") VALUES (:id, :reviewer, :candidate, :criterion, "
            ":profile, :rating, :comment, :evidence, :submitted, :updated, 1, :modified_at, :modified_by) "
            "ON CONFLICT (reviewer_id, candidate_id, criterion_key) DO UPDATE SET "
            "profile_version = excluded.profile_version, rating = excluded.rating, comment = excluded.comment, "
            "evidence = excluded.evidence, submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, "
            "row_version = score.row_version + 1, modified_at = excluded.modified_at, "
            "modified_by = excluded.modified_by"));
        const QString now = timeText(Clock::nowUtc());
        for (Score score : incoming.value()) {
            FreeText::tidy(score);  // a reviewer's file keeps what their version typed
            if (auto valid = score.validate().toStatus(); !valid.ok()) {
                return Status::failure(ErrorCode::Invalid,
                                       tr("The review file holds a score that breaks the rules (%1); nothing was "
                                          "imported.")
                                           .arg(valid.message()));
            }
            stored.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
            stored.bindValue(QStringLiteral(":candidate"), idText(score.candidateId));
            stored.bindValue(QStringLiteral(":criterion"), score.criterionKey);
            if (!stored.exec()) {
                return sqlFailure(stored.lastError(), tr("Could not read the stored scores."));
            }
            // A reviewer's own later copy wins; an older or identical one changes nothing.
            if (stored.next() && toTime(stored.value(0)) >= score.updatedAt) {
                stored.finish();
                continue;
            }
            stored.finish();
            upsert.bindValue(QStringLiteral(":id"), idText(score.meta.id));
            upsert.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
            upsert.bindValue(QStringLiteral(":candidate"), idText(score.candidateId));
            upsert.bindValue(QStringLiteral(":criterion"), score.criterionKey);
            upsert.bindValue(QStringLiteral(":profile"), score.profileVersion);
            upsert.bindValue(QStringLiteral(":rating"),
                             score.rating ? QVariant(*score.rating) : QVariant(QMetaType::fromType<int>()));
            upsert.bindValue(QStringLiteral(":comment"), text(score.comment));
            upsert.bindValue(QStringLiteral(":evidence"), text(score.evidence));
            upsert.bindValue(QStringLiteral(":submitted"), score.submittedAt.isValid()
                                                               ? QVariant(timeText(score.submittedAt))
                                                               : QVariant(QMetaType::fromType<QString>()));
            upsert.bindValue(QStringLiteral(":updated"), timeText(score.updatedAt));
            upsert.bindValue(QStringLiteral(":modified_at"), now);
            upsert.bindValue(QStringLiteral(":modified_by"), m_actor.label());
            if (!upsert.exec()) {
                if (sqliteCode(upsert.lastError()) == 19) {
                    return Status::failure(ErrorCode::Invalid,
                                           tr("The review file scores a candidate who is not in this file; nothing "
                                              "was imported."));
                }
                return sqlFailure(upsert.lastError(), tr("Could not import the scores."));
            }
            ++result.scoresChanged;
        }
        QSqlQuery conflict(db);
        conflict.prepare(QStringLiteral("INSERT INTO conflict_declaration (candidate_id, reviewer_id, reason, "
                                        "declared_at, imported_at) VALUES (:candidate, :reviewer, :reason, :declared, "
                                        ":at) ON CONFLICT (candidate_id, reviewer_id) DO NOTHING"));
        QSqlQuery unassign(db);
        unassign.prepare(QStringLiteral("DELETE FROM reviewer_assignment WHERE candidate_id = :candidate AND "
                                        "reviewer_id = :reviewer"));
        for (const ConflictDeclaration& d : declared.value()) {
            conflict.bindValue(QStringLiteral(":candidate"), idText(d.candidateId));
            conflict.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
            conflict.bindValue(QStringLiteral(":reason"), d.reason);
            conflict.bindValue(QStringLiteral(":declared"), timeText(d.declaredAt));
            conflict.bindValue(QStringLiteral(":at"), now);
            if (!conflict.exec()) {
                return sqlFailure(conflict.lastError(), tr("Could not import the conflicts of interest."));
            }
            if (conflict.numRowsAffected() == 1) {
                ++result.conflictsDeclared;
                unassign.bindValue(QStringLiteral(":candidate"), idText(d.candidateId));
                unassign.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
                if (!unassign.exec()) {
                    return sqlFailure(unassign.lastError(), tr("Could not import the conflicts of interest."));
                }
            }
        }
        if (result.scoresChanged == 0 && result.conflictsDeclared == 0) {
            change.nothingChanged = true;  // importing again is harmless
            return Status::success();
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO review_import (review_file_id, reviewer_id, imported_at, scores) "
                                      "VALUES (:file, :reviewer, :at, :scores) ON CONFLICT (review_file_id) DO UPDATE "
                                      "SET imported_at = excluded.imported_at, scores = excluded.scores"));
        record.bindValue(QStringLiteral(":file"), identity.reviewFileId);
        record.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
        record.bindValue(QStringLiteral(":at"), now);
        record.bindValue(QStringLiteral(":scores"), result.scoresInFile);
        if (!record.exec()) {
            return sqlFailure(record.lastError(), tr("Could not record the import."));
        }
        change.action = QStringLiteral("review.import");
        change.entity = QStringLiteral("review_file");
        change.entityId = identity.reviewFileId;
        change.subjectId = idText(identity.reviewerId);
        change.after = {{QStringLiteral("reviewer"), result.reviewerName},
                        {QStringLiteral("scores_in_file"), result.scoresInFile},
                        {QStringLiteral("scores_changed"), result.scoresChanged},
                        {QStringLiteral("conflicts_declared"), result.conflictsDeclared}};
        return Status::success();
    });
    if (!status.ok()) {
        return R(status.error());
    }
    return result;
}

Result<QList<ReviewImport>> Store::importReviewFilesBeside()
{
    using R = Result<QList<ReviewImport>>;
    const auto ownId = fileId();
    if (!ownId.ok()) {
        return R(ownId.error());
    }
    QList<ReviewImport> imports;
    const QDir folder = QFileInfo(m_path).absoluteDir();
    for (const QFileInfo& candidate : folder.entryInfoList({QStringLiteral("*.review")}, QDir::Files, QDir::Name)) {
        const auto review = ReviewFile::open(candidate.absoluteFilePath(), true);
        if (!review.ok() || review.value()->identity().sharedFileId != ownId.value()) {
            continue;  // another file's review, or not one at all: not ours to judge here
        }
        auto imported = importReview(candidate.absoluteFilePath());
        if (!imported.ok()) {
            return R(imported.error());
        }
        imports.append(imported.value());
    }
    return imports;
}
