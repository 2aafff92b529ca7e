// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A reviewer's review file. Reviewers never write the shared file: their scores go here,
// are overlaid on the shared file in their own view, and reach the shared file when the
// officer imports this file. Writes follow the same rules as the shared file's:
// BEGIN IMMEDIATE, row versions, and only the file's own reviewer's scores.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <memory>

struct ConflictDeclaration;
class Person;
class Score;
class SqlConnection;

class ReviewFile
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFile)

public:
    struct Identity {
        QString reviewFileId;
        QString sharedFileId;  ///< the shared file's identity it was made for
        QUuid reviewerId;
        QString reviewerName;
    };

    /// Makes a review file at `path` (which must not exist) for `reviewer`'s scores on the
    /// shared file identified by `sharedFileId`.
    static Result<std::unique_ptr<ReviewFile>> create(const QString& path, const QString& sharedFileId,
                                                      const Person& reviewer);
    /// Opens a review file, refusing anything that is not one, as the shared file does.
    static Result<std::unique_ptr<ReviewFile>> open(const QString& path, bool readOnly = false);

    ~ReviewFile();
    ReviewFile(const ReviewFile&) = delete;
    ReviewFile& operator=(const ReviewFile&) = delete;

    QString path() const { return m_path; }
    const Identity& identity() const { return m_identity; }

    Result<QList<Score>> scores() const;
    /// Saves one of this reviewer's scores; refused for another reviewer's, for a score
    /// already submitted (submitted scores are final), or when the score changed since it
    /// was read.
    Result<Score> saveScore(const Score& score);
    /// Saves many of this reviewer's scores in one transaction (scores entered in bulk):
    /// each is checked as saveScore checks it, one refused saves none, and the file's
    /// revision counts the batch once.
    Result<QList<Score>> saveScores(const QList<Score>& scores);
    /// Submits every score of the candidate in `round` at once; refused, naming them, while
    /// an item of `formKeys` (the round's form) is unrated. Then the reviewer may see the
    /// other reviewers' scores of that round. The other rounds stay as they are.
    Status submit(const QUuid& candidateId, PipelineStep round, const QStringList& formKeys,
                  const QStringList& formNames);
    /// Records that this reviewer has a conflict of interest about a candidate (kept in
    /// the file's information, imported by the officer).
    Status declareConflict(const QUuid& candidateId, const QString& reason);
    /// The conflicts this reviewer declared.
    Result<QList<ConflictDeclaration>> conflicts() const;

    /// How many times this file was written: every save, submission and declaration adds
    /// one, inside its own transaction. The import orders copies of a review file by it,
    /// never by the reviewer machine's clock (a laptop with a wrong date must not make an
    /// old copy look newer, or a real re-score look older). 0 for a file never written.
    Result<qint64> revision() const;

    /// The reviewer's view: the scores imported into the shared file, with this file's own
    /// scores in place of theirs.
    static QList<Score> overlay(const QList<Score>& shared, const QList<Score>& own);

private:
    ReviewFile(QString path, std::unique_ptr<SqlConnection> connection, bool readOnly);
    Status readIdentity();
    /// Brings a version 1 file (no rounds) to the current layout, in one transaction.
    Status upgrade();
    /// Adds one to the file's revision, inside the caller's transaction.
    Status advanceRevision();
    QString connection() const;

    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    bool m_readOnly = false;
    Identity m_identity;
    int m_version = 0;  ///< the file's layout (ReviewSchema); a version 1 file read-only keeps its own
};
