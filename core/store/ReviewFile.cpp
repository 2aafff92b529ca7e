// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FreeText.h"
#include "store/ReviewFile.h"

#include "store/Actor.h"
#include "store/NewFile.h"
#include "assessment/AssessmentRecords.h"
#include "assessment/AssessmentRound.h"
#include "Clock.h"
#include "store/internal/FileProbe.h"
#include "domain/Person.h"
#include "store/ReviewSchema.h"
#include "store/internal/Schema.h"
#include "domain/Score.h"
#include "store/internal/ScoreSql.h"
#include "store/internal/SqlConnection.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"
#include "store/internal/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

const QString kScoreColumns = QStringLiteral(
    "id, candidate_id, round, criterion_key, profile_version, rating, comment, evidence, submitted_at, updated_at, "
    "row_version, modified_at, modified_by");

QString scoreKey(const Score& score)
{
    return score.reviewerId.toString() + QLatin1Char('|') + score.candidateId.toString() + QLatin1Char('|') +
           keyOf(score.round) + QLatin1Char('|') + score.criterionKey;
}

}  // namespace

ReviewFile::ReviewFile(QString path, std::unique_ptr<SqlConnection> connection, bool readOnly)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_readOnly(readOnly)
{
}

ReviewFile::~ReviewFile() = default;

QString ReviewFile::connection() const
{
    return m_connection->name();
}

Result<std::unique_ptr<ReviewFile>> ReviewFile::create(const QString& requestedPath, const QString& sharedFileId,
                                                       const Person& reviewer)
{
    using R = Result<std::unique_ptr<ReviewFile>>;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
        return R::failure(
            ErrorCode::Invalid,
            tr("\"%1\" already exists. Choose another name for the review file.").arg(QDir::toNativeSeparators(path)));
    }
    if (reviewer.meta.id.isNull() || reviewer.role != PersonRole::Reviewer) {
        return R::failure(ErrorCode::Refused, tr("Only a reviewer recorded in the file can have a review file."));
    }
    // A hidden name of its own, so that review files made at once under one name never share
    // one.
    const QString temporary = QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                              QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                              QStringLiteral(".partial");
    {
        auto connection = std::make_unique<SqlConnection>();
        if (auto opened = connection->open(temporary, SqlConnection::Mode::Create); !opened.ok()) {
            return R(opened.error());
        }
        const auto fail = [&](const Error& error) {
            connection->close();
            QFile::remove(temporary);
            return R(error);
        };
        QSqlDatabase db = QSqlDatabase::database(connection->name(), false);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) ||
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ReviewSchema::kApplicationId))) {
            return fail(sqlError(q.lastError(), tr("Could not create the review file.")));
        }
        WriteTransaction transaction(connection->name());
        if (auto begun = transaction.begin(); !begun.ok()) {
            return fail(begun.error());
        }
        for (const QStringList& step : ReviewSchema::steps()) {
            for (const QString& statement : step) {
                if (!q.exec(statement)) {
                    return fail(sqlError(q.lastError(), tr("Could not create the review file.")));
                }
            }
        }
        q.prepare(QStringLiteral("INSERT INTO review_info (key, value) VALUES ('review_file_id', :review), "
                                 "('shared_file_id', :shared), ('reviewer_id', :reviewer), ('reviewer_name', :name), "
                                 "('created_at', :at)"));
        q.bindValue(QStringLiteral(":review"), idText(QUuid::createUuid()));
        q.bindValue(QStringLiteral(":shared"), sharedFileId);
        q.bindValue(QStringLiteral(":reviewer"), idText(reviewer.meta.id));
        q.bindValue(QStringLiteral(":name"), reviewer.name);
        q.bindValue(QStringLiteral(":at"), timeText(Clock::nowUtc()));
        if (!q.exec() || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(ReviewSchema::kCurrentVersion))) {
            return fail(sqlError(q.lastError(), tr("Could not create the review file.")));
        }
        q.finish();
        if (auto committed = transaction.commit(); !committed.ok()) {
            return fail(committed.error());
        }
    }
    if (NewFile::place(temporary, path) != NewFile::Placed::Done) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        // NewFile::place never replaces a file: a review file made meanwhile under this name is kept.
        if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
            return R::failure(ErrorCode::Invalid, tr("\"%1\" already exists. Choose another name for the review file.")
                                                      .arg(QDir::toNativeSeparators(path)));
        }
        return R::failure(
            ErrorCode::Io,
            tr("Could not create \"%1\"; check that the folder is writable.").arg(QDir::toNativeSeparators(path)));
    }
    return open(path);
}

Result<std::unique_ptr<ReviewFile>> ReviewFile::open(const QString& requestedPath, bool readOnly)
{
    using R = Result<std::unique_ptr<ReviewFile>>;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const auto header = FileProbe::inspect(path, FileKind::review());
    if (!header.ok()) {
        return R(header.error());
    }
    const bool asReader = readOnly || header.value().readOnlyHere;
    auto connection = std::make_unique<SqlConnection>();
    if (auto opened = connection->open(path, asReader ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadWrite);
        !opened.ok()) {
        return R(opened.error());
    }
    QSqlQuery q(QSqlDatabase::database(connection->name(), false));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(u"quick_check"_s).toString() != QLatin1String("ok")) {
        return R::failure(ErrorCode::Damaged, tr("The review file \"%1\" is damaged; ask the reviewer for a new copy.")
                                                  .arg(QDir::toNativeSeparators(path)));
    }
    q.finish();
    // A file of an older layout is compared with the steps up to its own version.
    const int version = header.value().userVersion;
    const auto expected = Schema::objectsCreatedBy(ReviewSchema::steps().mid(0, version));
    const auto actual = Schema::actualObjects(connection->name());
    if (!expected.ok() || !actual.ok() || expected.value() != actual.value()) {
        return R::failure(ErrorCode::Damaged,
                          tr("The review file \"%1\" holds something Accreditation Desk did not create; it was left "
                             "untouched.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    std::unique_ptr<ReviewFile> file(new ReviewFile(path, std::move(connection), asReader));
    file->m_version = version;
    if (auto identified = file->readIdentity(); !identified.ok()) {
        return R(identified.error());
    }
    if (!asReader && version < ReviewSchema::kCurrentVersion) {
        if (auto upgraded = file->upgrade(); !upgraded.ok()) {
            return R(upgraded.error());
        }
    }
    return R(std::move(file));
}

Status ReviewFile::readIdentity()
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM review_info"))) {
        return sqlFailure(q.lastError(), tr("Could not read the review file."));
    }
    QHash<QString, QString> info;
    while (q.next()) {
        info.insert(q.value(u"key"_s).toString(), q.value(u"value"_s).toString());
    }
    m_identity.reviewFileId = info.value(QStringLiteral("review_file_id"));
    m_identity.sharedFileId = info.value(QStringLiteral("shared_file_id"));
    m_identity.reviewerId = QUuid::fromString(info.value(QStringLiteral("reviewer_id")));
    m_identity.reviewerName = info.value(QStringLiteral("reviewer_name"));
    if (m_identity.reviewFileId.isEmpty() || m_identity.sharedFileId.isEmpty() || m_identity.reviewerId.isNull()) {
        return Status::failure(ErrorCode::Damaged, tr("The review file does not say whose it is or for which file."));
    }
    return Status::success();
}

Status ReviewFile::upgrade()
{
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    const QList<QStringList> steps = ReviewSchema::steps();
    for (int step = m_version; step < int(steps.size()); ++step) {
        for (const QString& statement : steps.at(step)) {
            if (!q.exec(statement)) {
                return sqlFailure(q.lastError(), tr("Could not bring the review file to this version's layout."));
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(ReviewSchema::kCurrentVersion))) {
        return sqlFailure(q.lastError(), tr("Could not bring the review file to this version's layout."));
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return committed;
    }
    m_version = ReviewSchema::kCurrentVersion;
    return Status::success();
}

Status ReviewFile::advanceRevision()
{
    // Kept in review_info, so that review files made before it existed keep their layout.
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("INSERT INTO review_info (key, value) VALUES ('revision', '1') ON CONFLICT (key) "
                               "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"))) {
        return sqlFailure(q.lastError(), tr("Could not save the review file."));
    }
    return Status::success();
}

Result<qint64> ReviewFile::revision() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    if (!q.exec(QStringLiteral("SELECT value FROM review_info WHERE key = 'revision'"))) {
        return Result<qint64>(sqlError(q.lastError(), tr("Could not read the review file.")));
    }
    if (!q.next()) {
        return qint64(0);
    }
    bool number = false;
    const qint64 value = q.value(u"value"_s).toString().toLongLong(&number);
    if (!number || value < 0) {
        return Result<qint64>::failure(ErrorCode::Damaged,
                                       tr("The review file's revision \"%1\" is not a count; ask the reviewer for a "
                                          "new copy.")
                                           .arg(q.value(u"value"_s).toString()));
    }
    return value;
}

Result<QList<Score>> ReviewFile::scores() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    // A version 1 file (read-only here) has no rounds: each score is in its criterion's.
    const bool roundless = m_version < 2;
    QString columns = kScoreColumns;
    if (roundless) {
        columns.replace(QStringLiteral("round, "), QString());
    }
    if (!q.exec(QStringLiteral("SELECT ") + columns +
                QStringLiteral(" FROM score ORDER BY candidate_id, criterion_key"))) {
        return Result<QList<Score>>(sqlError(q.lastError(), tr("Could not read the review file.")));
    }
    QList<Score> list;
    while (q.next()) {
        Score s = ScoreSql::read(q);
        if (roundless) {
            s.round = AssessmentRound::roundOfKey(s.criterionKey);
        } else if (const QString round = q.value(u"round"_s).toString(); !fromKey<PipelineStep>(round)) {
            // The table's CHECK keeps such a round out, but a file opened read-only (as the
            // officer's import opens it) is not checked against it: a round written past the
            // CHECK must not be read as Stage 1.
            return Result<QList<Score>>::failure(
                ErrorCode::Damaged, tr("The review file \"%1\" names a round \"%2\" that Accreditation Desk does "
                                       "not know: it was edited outside the application. Nothing was read from it; "
                                       "ask the reviewer for a new copy.")
                                        .arg(QDir::toNativeSeparators(m_path), round));
        }
        s.reviewerId = m_identity.reviewerId;
        list.append(s);
    }
    return list;
}

Result<Score> ReviewFile::saveScore(const Score& proposed)
{
    auto saved = saveScores({proposed});
    if (!saved.ok()) {
        return Result<Score>(saved.error());
    }
    return saved.value().constFirst();
}

Result<QList<Score>> ReviewFile::saveScores(const QList<Score>& proposed)
{
    using R = Result<QList<Score>>;
    if (m_readOnly) {
        return R::failure(ErrorCode::ReadOnly, tr("The review file is open read-only; nothing was saved."));
    }
    QList<Score> batch;
    const QDateTime now = Clock::nowUtc();
    for (const Score& one : proposed) {
        if (one.reviewerId != m_identity.reviewerId) {
            return R::failure(ErrorCode::Refused, tr("A review file holds only its own reviewer's scores; another "
                                                     "reviewer's scores cannot be changed here."));
        }
        Score saved = one;
        FreeText::tidy(saved);
        saved.updatedAt = now;
        if (auto valid = saved.validate().toStatus(); !valid.ok()) {
            return R(valid.error());
        }
        batch.append(saved);
    }
    // One transaction for the whole batch: every score is checked in it, and one refused
    // score saves none (and the file's revision counts the batch once).
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return R(begun.error());
    }
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    for (Score& saved : batch) {
        q.prepare(QStringLiteral("SELECT 1 FROM score WHERE candidate_id = :candidate AND round = :round AND "
                                 "submitted_at IS NOT NULL"));
        q.bindValue(QStringLiteral(":candidate"), idText(saved.candidateId));
        q.bindValue(QStringLiteral(":round"), keyOf(saved.round));
        if (!q.exec()) {
            return R(sqlError(q.lastError(), tr("Could not read the review file.")));
        }
        if (q.next()) {
            return R::failure(ErrorCode::Refused, tr("You submitted your scores of this candidate in %1; submitted "
                                                     "scores are final and cannot change.")
                                                      .arg(labelOf(saved.round)));
        }
        q.finish();
        const bool isNew = saved.meta.isNew();
        if (isNew) {
            // A first score of this item saved elsewhere since this one was read (a second
            // window, another process) is found here, inside the transaction.
            q.prepare(QStringLiteral("SELECT 1 FROM score WHERE candidate_id = :candidate AND round = :round AND "
                                     "criterion_key = :criterion"));
            q.bindValue(QStringLiteral(":candidate"), idText(saved.candidateId));
            q.bindValue(QStringLiteral(":round"), keyOf(saved.round));
            q.bindValue(QStringLiteral(":criterion"), saved.criterionKey);
            if (!q.exec()) {
                return R(sqlError(q.lastError(), tr("Could not read the review file.")));
            }
            if (q.next()) {
                return R::failure(ErrorCode::Conflict,
                                  tr("This item was scored elsewhere (another window?) after you opened it; "
                                     "reload it and make your change again."));
            }
            q.finish();
        }
        if (isNew && saved.meta.id.isNull()) {
            saved.meta.id = QUuid::createUuid();
        }
        const qint64 readVersion = saved.meta.rowVersion;
        saved.meta.rowVersion = readVersion + 1;
        saved.meta.modifiedAt = saved.updatedAt;
        saved.meta.modifiedBy = Actor::current().label();
        q.prepare(isNew ? QStringLiteral("INSERT INTO score (") + kScoreColumns +
                              QStringLiteral(") VALUES (:id, :candidate, :round, :criterion, :profile, :rating, "
                                             ":comment, :evidence, :submitted, :updated, :row_version, :modified_at, "
                                             ":modified_by)")
                        : QStringLiteral("UPDATE score SET rating = :rating, comment = :comment, evidence = :evidence, "
                                         "submitted_at = :submitted, updated_at = :updated, profile_version = "
                                         ":profile, row_version = :row_version, modified_at = :modified_at, "
                                         "modified_by = :modified_by WHERE id = :id AND row_version = :read_version "
                                         "AND candidate_id = :candidate AND round = :round AND criterion_key = "
                                         ":criterion"));
        q.bindValue(QStringLiteral(":id"), idText(saved.meta.id));
        q.bindValue(QStringLiteral(":round"), keyOf(saved.round));
        q.bindValue(QStringLiteral(":candidate"), idText(saved.candidateId));
        q.bindValue(QStringLiteral(":criterion"), saved.criterionKey);
        q.bindValue(QStringLiteral(":profile"), saved.profileVersion);
        q.bindValue(QStringLiteral(":rating"),
                    saved.rating ? QVariant(*saved.rating) : QVariant(QMetaType::fromType<int>()));
        q.bindValue(QStringLiteral(":comment"), text(saved.comment));
        q.bindValue(QStringLiteral(":evidence"), text(saved.evidence));
        q.bindValue(QStringLiteral(":submitted"), saved.submittedAt.isValid()
                                                      ? QVariant(timeText(saved.submittedAt))
                                                      : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":updated"), timeText(saved.updatedAt));
        q.bindValue(QStringLiteral(":row_version"), saved.meta.rowVersion);
        q.bindValue(QStringLiteral(":modified_at"), timeText(saved.meta.modifiedAt));
        q.bindValue(QStringLiteral(":modified_by"), saved.meta.modifiedBy);
        if (!isNew) {
            q.bindValue(QStringLiteral(":read_version"), readVersion);
        }
        if (!q.exec()) {
            return R(sqlError(q.lastError(), tr("Could not save the score.")));
        }
        if (!isNew && q.numRowsAffected() != 1) {
            return R::failure(ErrorCode::Conflict,
                              tr("This score was changed elsewhere (another window?) after you opened it; "
                                 "reload it and make your change again."));
        }
    }
    if (auto advanced = advanceRevision(); !advanced.ok()) {
        return R(advanced.error());
    }
    if (auto committed = transaction.commit(); !committed.ok()) {
        return R(committed.error());
    }
    return batch;
}

QList<Score> ReviewFile::overlay(const QList<Score>& shared, const QList<Score>& own)
{
    QHash<QString, int> position;
    QList<Score> merged = shared;
    for (int i = 0; i < merged.size(); ++i) {
        position.insert(scoreKey(merged.at(i)), i);
    }
    for (const Score& score : own) {
        const auto found = position.constFind(scoreKey(score));
        if (found != position.constEnd()) {
            merged[found.value()] = score;
        } else {
            merged.append(score);
        }
    }
    return merged;
}

Status ReviewFile::submit(const QUuid& candidateId, PipelineStep round, const QStringList& formKeys,
                          const QStringList& formNames)
{
    if (m_readOnly) {
        return Status::failure(ErrorCode::ReadOnly, tr("The review file is open read-only; nothing was submitted."));
    }
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.prepare(QStringLiteral("SELECT criterion_key, rating, submitted_at FROM score WHERE candidate_id = :candidate "
                             "AND round = :round"));
    q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
    q.bindValue(QStringLiteral(":round"), keyOf(round));
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not read the review file."));
    }
    QHash<QString, bool> rated;
    bool alreadySubmitted = false;
    while (q.next()) {
        rated.insert(q.value(u"criterion_key"_s).toString(), !q.value(u"rating"_s).isNull());
        alreadySubmitted = alreadySubmitted || !q.value(u"submitted_at"_s).isNull();
    }
    q.finish();
    if (alreadySubmitted) {
        return Status::failure(
            ErrorCode::Refused,
            tr("You have already submitted your scores of this candidate in %1.").arg(labelOf(round)));
    }
    QStringList missing;
    for (int i = 0; i < formKeys.size(); ++i) {
        if (!rated.value(formKeys.at(i))) {
            missing.append(formNames.value(i, formKeys.at(i)));
        }
    }
    if (!missing.isEmpty()) {
        return Status::failure(ErrorCode::Invalid, tr("Rate every criterion before submitting; %n still unrated: %1.",
                                                      nullptr, int(missing.size()))
                                                       .arg(missing.join(QStringLiteral(", "))));
    }
    const QDateTime now = Clock::nowUtc();
    q.prepare(QStringLiteral("UPDATE score SET submitted_at = :at, updated_at = :at, modified_at = :at, "
                             "row_version = row_version + 1, modified_by = :by WHERE candidate_id = :candidate AND "
                             "round = :round"));
    q.bindValue(QStringLiteral(":round"), keyOf(round));
    q.bindValue(QStringLiteral(":at"), timeText(now));
    q.bindValue(QStringLiteral(":by"), Actor::current().label());
    q.bindValue(QStringLiteral(":candidate"), idText(candidateId));
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not submit the scores."));
    }
    if (auto advanced = advanceRevision(); !advanced.ok()) {
        return advanced;
    }
    return transaction.commit();
}

namespace {

const QString kConflictPrefix = QStringLiteral("conflict:");

}  // namespace

Status ReviewFile::declareConflict(const QUuid& candidateId, const QString& reason)
{
    if (m_readOnly) {
        return Status::failure(ErrorCode::ReadOnly, tr("The review file is open read-only; nothing was recorded."));
    }
    if (reason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Invalid, tr("Say what the conflict of interest is."));
    }
    WriteTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun.ok()) {
        return begun;
    }
    // Kept as an entry of review_info, so that review files made before declarations
    // existed keep their layout and still open.
    const QJsonObject value{{QStringLiteral("reason"), reason.trimmed()},
                            {QStringLiteral("declared_at"), timeText(Clock::nowUtc())}};
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.prepare(QStringLiteral("INSERT INTO review_info (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), QString(kConflictPrefix + idText(candidateId)));
    q.bindValue(QStringLiteral(":value"), QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return sqlFailure(q.lastError(), tr("Could not record the conflict of interest."));
    }
    if (auto advanced = advanceRevision(); !advanced.ok()) {
        return advanced;
    }
    return transaction.commit();
}

Result<QList<ConflictDeclaration>> ReviewFile::conflicts() const
{
    QSqlQuery q(QSqlDatabase::database(connection(), false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM review_info WHERE key LIKE 'conflict:%' ORDER BY key"))) {
        return Result<QList<ConflictDeclaration>>(sqlError(q.lastError(), tr("Could not read the review file.")));
    }
    QList<ConflictDeclaration> list;
    while (q.next()) {
        const QJsonObject value = QJsonDocument::fromJson(q.value(u"value"_s).toString().toUtf8()).object();
        ConflictDeclaration d;
        d.candidateId = QUuid::fromString(q.value(u"key"_s).toString().mid(kConflictPrefix.size()));
        d.reviewerId = m_identity.reviewerId;
        d.reason = value.value(QStringLiteral("reason")).toString();
        d.declaredAt = toTime(value.value(QStringLiteral("declared_at")).toString());
        if (!d.candidateId.isNull() && !d.reason.isEmpty()) {
            list.append(d);
        }
    }
    return list;
}
