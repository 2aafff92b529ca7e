// SPDX-License-Identifier: GPL-3.0-or-later
// Importing reviewers' review files into the shared file: every row judged as if the
// reviewer had typed it in here, one review file accepted per reviewer, older copies refused,
// declared conflicts of interest recorded (each removing its assignment).
#include "store/Assessment.h"

#include "Clock.h"
#include "domain/FreeText.h"
#include "store/Store.h"
#include "store/Candidates.h"
#include "store/internal/StoreChange.h"

#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"
#include "store/internal/ScoreSql.h"
#include "assessment/ScoringForm.h"
#include "store/internal/SqlError.h"
#include "store/internal/StoreSql.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace StoreSql;
using namespace Qt::StringLiterals;

namespace {

/// The key under which the shared file keeps the one review file it accepts from a
/// reviewer (bound when the file is first imported): editing `reviewer_id` in a review
/// file cannot make it speak for another reviewer, whose own file is bound already.
QString reviewFileKey(const QUuid& reviewerId)
{
    return QStringLiteral("review_file:") + idText(reviewerId);
}

/// The key of the last revision imported from a review file (ReviewFile::revision).
QString reviewRevisionKey(const QString& reviewFileId)
{
    return QStringLiteral("review_revision:") + reviewFileId;
}

bool sameContent(const Score& a, const Score& b)
{
    return a.rating == b.rating && a.comment == b.comment && a.evidence == b.evidence &&
           a.isSubmitted() == b.isSubmitted() && a.profileVersion == b.profileVersion;
}

}  // namespace

QString ReviewImport::summary() const
{
    if (scoresChanged == 0 && conflictsDeclared == 0 && assignmentsRemoved == 0) {
        return Assessment::tr("%1's review file holds nothing new; nothing changed.").arg(reviewerName);
    }
    QStringList lines{Assessment::tr("Imported %1 of %2 scores from %3's review file.")
                          .arg(scoresChanged)
                          .arg(scoresInFile)
                          .arg(reviewerName)};
    if (conflictsDeclared > 0) {
        lines.append(Assessment::tr("%n conflict(s) of interest declared by %1 recorded.", nullptr, conflictsDeclared)
                         .arg(reviewerName));
    }
    if (scoresLeftOutForConflict > 0) {
        lines.append(Assessment::tr("%n score(s) of candidates %1 declared a conflict of interest about were left out.",
                                    nullptr, scoresLeftOutForConflict)
                         .arg(reviewerName));
    }
    if (assignmentsRemoved > 0) {
        lines.append(Assessment::tr("%n assignment(s) of %1 removed for a declared conflict of interest.", nullptr,
                                    assignmentsRemoved)
                         .arg(reviewerName));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<ReviewImport> Assessment::importReview(const QString& reviewFilePath)
{
    using R = Result<ReviewImport>;
    const auto review = ReviewFile::open(reviewFilePath, true);
    if (!review.ok()) {
        return R(review.error());
    }
    const ReviewFile::Identity identity = review.value()->identity();
    const auto ownId = m_store.fileId();
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
    const auto revision = review.value()->revision();
    if (!revision.ok()) {
        return R(revision.error());
    }
    ReviewImport result;
    result.reviewerName = identity.reviewerName;
    result.scoresInFile = int(incoming.value().size());
    // Every row is checked against the shared file's rules as if the reviewer had typed it
    // in here (ReviewerWork's rules): a refusal names the row and why, and imports nothing.
    const Status status = m_store.write([&](Store::Change& change) -> Status {
        QSqlDatabase db = QSqlDatabase::database(m_store.connection(), false);
        QSqlQuery reviewer(db);
        reviewer.prepare(QStringLiteral("SELECT role, name FROM person WHERE id = :id"));
        reviewer.bindValue(QStringLiteral(":id"), idText(identity.reviewerId));
        if (!reviewer.exec() || !reviewer.next() || reviewer.value(u"role"_s).toString() != QLatin1String("reviewer")) {
            return Status::failure(
                ErrorCode::Refused,
                tr("%1 is not recorded as a reviewer in this file; nothing was imported.").arg(identity.reviewerName));
        }
        result.reviewerName = reviewer.value(u"name"_s).toString();
        reviewer.finish();
        const QString shown = QDir::toNativeSeparators(reviewFilePath);

        // Who wrote the file: the shared file accepts one review file per reviewer, and a
        // review file for one reviewer only.
        QSqlQuery info(db);
        info.prepare(QStringLiteral("SELECT value FROM file_info WHERE key = :key"));
        info.bindValue(QStringLiteral(":key"), reviewFileKey(identity.reviewerId));
        if (!info.exec()) {
            return sqlFailure(info.lastError(), tr("Could not read the file's review files."));
        }
        const QString boundFile = info.next() ? info.value(u"value"_s).toString() : QString();
        info.finish();
        QSqlQuery bound(db);
        bound.prepare(
            QStringLiteral("SELECT f.key AS bound_key, p.name AS reviewer_name FROM file_info f LEFT JOIN person p ON "
                           "f.key = 'review_file:' || p.id WHERE f.key LIKE 'review_file:%' AND "
                           "f.value = :file UNION ALL SELECT 'import', p.name FROM review_import r "
                           "LEFT JOIN person p ON p.id = r.reviewer_id WHERE r.review_file_id = :file AND "
                           "r.reviewer_id <> :reviewer"));
        bound.bindValue(QStringLiteral(":file"), identity.reviewFileId);
        bound.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
        if (!bound.exec()) {
            return sqlFailure(bound.lastError(), tr("Could not read the file's review files."));
        }
        while (bound.next()) {
            if (bound.value(u"bound_key"_s).toString() != reviewFileKey(identity.reviewerId)) {
                return Status::failure(
                    ErrorCode::Refused,
                    tr("\"%1\" says it holds %2's scores, but this file knows it as %3's review file: it was "
                       "edited. Nothing was imported; ask %3 for their review file as they saved it.")
                        .arg(shown, result.reviewerName, bound.value(u"reviewer_name"_s).toString()));
            }
        }
        bound.finish();
        if (!boundFile.isEmpty() && boundFile != identity.reviewFileId) {
            return Status::failure(
                ErrorCode::Refused,
                tr("\"%1\" is not the review file this file accepts from %2 (it has imported another one from "
                   "them): a review file that names %2 but was made elsewhere, or edited. Nothing was imported; "
                   "ask %2 for the review file they score in.")
                    .arg(shown, result.reviewerName));
        }
        // Copies are ordered by the file's own revision, never by a machine's clock.
        info.bindValue(QStringLiteral(":key"), reviewRevisionKey(identity.reviewFileId));
        if (!info.exec()) {
            return sqlFailure(info.lastError(), tr("Could not read the file's review files."));
        }
        const qint64 importedRevision = info.next() ? info.value(u"value"_s).toString().toLongLong() : -1;
        info.finish();
        if (revision.value() < importedRevision) {
            return Status::failure(ErrorCode::Refused,
                                   tr("\"%1\" is an older copy of %2's review file (revision %3; revision %4 was "
                                      "imported already). Nothing was imported; import their latest copy.")
                                       .arg(shown, result.reviewerName)
                                       .arg(revision.value())
                                       .arg(importedRevision));
        }

        // What the shared file says about this reviewer's candidates.
        QSet<QPair<QUuid, int>> assigned;  // candidates and rounds
        QSet<QUuid> conflicted;
        for (const ReviewerAssignment& a : assignments().value()) {
            if (a.reviewerId == identity.reviewerId) {
                assigned.insert({a.candidateId, int(a.round)});
            }
        }
        for (const ConflictDeclaration& d : conflictDeclarations().value() + declared.value()) {
            if (d.reviewerId == identity.reviewerId) {
                conflicted.insert(d.candidateId);
            }
        }
        QHash<QString, Score> storedScores;
        QSqlQuery stored(db);
        stored.prepare(QStringLiteral("SELECT ") + ScoreSql::sharedColumns() +
                       QStringLiteral(" FROM score WHERE reviewer_id = :reviewer"));
        stored.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
        if (!stored.exec()) {
            return sqlFailure(stored.lastError(), tr("Could not read the stored scores."));
        }
        while (stored.next()) {
            const Score s = ScoreSql::readShared(stored);
            storedScores.insert(
                idText(s.candidateId) + QLatin1Char('|') + keyOf(s.round) + QLatin1Char('|') + s.criterionKey, s);
        }
        stored.finish();
        QSet<int> profileVersions;
        QSqlQuery versions(db);
        if (!versions.exec(QStringLiteral("SELECT version FROM competence_profile"))) {
            return sqlFailure(versions.lastError(), tr("Could not read the competence profile."));
        }
        while (versions.next()) {
            profileVersions.insert(versions.value(u"version"_s).toInt());
        }
        versions.finish();

        // Each candidate's form in each round is judged on its own: a Stage 1 form submitted
        // whole, the Stage 2 form still a draft, is what a round allows.
        QHash<QPair<QUuid, int>, QList<Score>> byCandidate;
        for (Score score : incoming.value()) {
            FreeText::tidy(score);  // a reviewer's file keeps what their version typed
            byCandidate[{score.candidateId, int(score.round)}].append(score);
        }
        QList<Score> toWrite;
        for (auto it = byCandidate.cbegin(); it != byCandidate.cend(); ++it) {
            const QUuid candidateId = it.key().first;
            const auto round = PipelineStep(it.key().second);
            const auto person = m_store.candidates().byId(candidateId);
            const QString who = person.ok() ? person.value().displayName() : idText(candidateId);
            const auto refuse = [&](const Score& row, const QString& reason) {
                return Status::failure(ErrorCode::Refused,
                                       tr("\"%1\": the score of %2 on \"%3\" by %4 is refused: %5 Nothing was "
                                          "imported.")
                                           .arg(shown, who, row.criterionKey, result.reviewerName, reason));
            };
            if (conflicted.contains(candidateId)) {
                // A declared conflict voids the reviewer's scores of that candidate, whether
                // they were made before it (a reviewer cannot remove them) or added to the
                // file afterwards: none is imported, and the summary says so.
                result.scoresLeftOutForConflict += int(it.value().size());
                continue;
            }
            QList<Score> changed;
            for (const Score& score : it.value()) {
                if (auto valid = score.validate().toStatus(); !valid.ok()) {
                    return refuse(score, valid.message());
                }
                const auto found = storedScores.constFind(idText(candidateId) + QLatin1Char('|') + keyOf(round) +
                                                          QLatin1Char('|') + score.criterionKey);
                if (found != storedScores.constEnd() && sameContent(found.value(), score)) {
                    continue;  // imported before: importing again changes nothing
                }
                if (found != storedScores.constEnd() && found.value().isSubmitted()) {
                    return refuse(score, tr("it was submitted and imported before, and submitted scores are final."));
                }
                changed.append(score);
            }
            if (changed.isEmpty()) {
                continue;
            }
            const Score& first = changed.constFirst();
            if (!person.ok()) {
                return refuse(first, tr("the candidate is not in this file."));
            }
            if (!assigned.contains({candidateId, int(round)})) {
                return refuse(first, tr("%1 is not assigned to %2 in %3; the officer assigns reviewers (assign "
                                        "--round).")
                                         .arg(who, result.reviewerName, labelOf(round)));
            }
            const auto form = scoringForm(candidateId, round);
            if (!form.ok()) {
                return Status(form.error());
            }
            for (const Score& score : changed) {
                if (!form.value().criterion(score.criterionKey)) {
                    return refuse(score, tr("\"%1\" is not an item of %2's scoring form of %3.")
                                             .arg(score.criterionKey, who, labelOf(round)));
                }
                if (score.rating) {
                    if (auto valid = form.value().checkRating(score.criterionKey, *score.rating); !valid.ok()) {
                        return refuse(score, valid.message());
                    }
                }
                if (!profileVersions.contains(score.profileVersion)) {
                    return refuse(score, tr("it names competence profile version %1, which this file does not "
                                            "have.")
                                             .arg(score.profileVersion));
                }
            }
            // A form is submitted whole: every row of the candidate submitted, every item rated.
            const bool anySubmitted =
                std::any_of(it.value().cbegin(), it.value().cend(), [](const Score& s) { return s.isSubmitted(); });
            if (anySubmitted) {
                for (const Score& score : it.value()) {
                    if (!score.isSubmitted()) {
                        return refuse(score, tr("the form is marked submitted on some items only; a form is "
                                                "submitted whole."));
                    }
                }
                const QStringList missing = form.value().unrated(it.value());
                if (!missing.isEmpty()) {
                    return refuse(first, tr("the form is marked submitted with %n item(s) unrated (%1); a form is "
                                            "submitted once every item is rated.",
                                            nullptr, int(missing.size()))
                                             .arg(missing.join(QStringLiteral(", "))));
                }
            }
            toWrite += changed;
        }

        QSqlQuery upsert(db);
        upsert.prepare(
            QStringLiteral("INSERT INTO score (") + ScoreSql::sharedColumns() +
            QStringLiteral(
                ") VALUES (:id, :reviewer, :candidate, :round, :criterion, "
                ":profile, :rating, :comment, :evidence, :submitted, :updated, 1, :modified_at, :modified_by) "
                "ON CONFLICT (reviewer_id, candidate_id, round, criterion_key) DO UPDATE SET "
                "profile_version = excluded.profile_version, rating = excluded.rating, comment = excluded.comment, "
                "evidence = excluded.evidence, submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, "
                "row_version = score.row_version + 1, modified_at = excluded.modified_at, "
                "modified_by = excluded.modified_by"));
        const QString now = timeText(Clock::nowUtc());
        for (const Score& score : toWrite) {
            upsert.bindValue(QStringLiteral(":id"), idText(score.meta.id));
            upsert.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
            upsert.bindValue(QStringLiteral(":candidate"), idText(score.candidateId));
            upsert.bindValue(QStringLiteral(":round"), keyOf(score.round));
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
            upsert.bindValue(QStringLiteral(":modified_by"), m_store.actor().label());
            if (!upsert.exec()) {
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
            if (auto found = m_store.candidates().byId(d.candidateId); !found.ok()) {
                return Status::failure(ErrorCode::Refused,
                                       tr("\"%1\" declares a conflict of interest about a candidate who is not in "
                                          "this file. Nothing was imported.")
                                           .arg(shown));
            }
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
            }
            // Also when the declaration was imported before: an assignment made since is undone.
            unassign.bindValue(QStringLiteral(":candidate"), idText(d.candidateId));
            unassign.bindValue(QStringLiteral(":reviewer"), idText(identity.reviewerId));
            if (!unassign.exec()) {
                return sqlFailure(unassign.lastError(), tr("Could not import the conflicts of interest."));
            }
            result.assignmentsRemoved += unassign.numRowsAffected() > 0 ? 1 : 0;
        }
        if (result.scoresChanged == 0 && result.conflictsDeclared == 0 && result.assignmentsRemoved == 0) {
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
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral("INSERT INTO file_info (key, value) VALUES (:key, :value) ON CONFLICT (key) "
                                    "DO UPDATE SET value = excluded.value"));
        keep.bindValue(QStringLiteral(":key"), reviewFileKey(identity.reviewerId));
        keep.bindValue(QStringLiteral(":value"), identity.reviewFileId);
        if (!keep.exec()) {
            return sqlFailure(keep.lastError(), tr("Could not record the import."));
        }
        keep.bindValue(QStringLiteral(":key"), reviewRevisionKey(identity.reviewFileId));
        keep.bindValue(QStringLiteral(":value"), QString::number(revision.value()));
        if (!keep.exec()) {
            return sqlFailure(keep.lastError(), tr("Could not record the import."));
        }
        change.action = QStringLiteral("review.import");
        change.entity = QStringLiteral("review_file");
        change.entityId = identity.reviewFileId;
        change.subjectId = idText(identity.reviewerId);
        change.after = {{QStringLiteral("reviewer"), result.reviewerName},
                        {QStringLiteral("revision"), revision.value()},
                        {QStringLiteral("scores_in_file"), result.scoresInFile},
                        {QStringLiteral("scores_changed"), result.scoresChanged},
                        {QStringLiteral("conflicts_declared"), result.conflictsDeclared},
                        {QStringLiteral("assignments_removed"), result.assignmentsRemoved}};
        return Status::success();
    });
    if (!status.ok()) {
        return R(status.error());
    }
    return result;
}

Result<QList<ReviewImport>> Assessment::importReviewFilesBeside()
{
    using R = Result<QList<ReviewImport>>;
    const auto ownId = m_store.fileId();
    if (!ownId.ok()) {
        return R(ownId.error());
    }
    QList<ReviewImport> imports;
    const QDir folder = QFileInfo(m_store.path()).absoluteDir();
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
