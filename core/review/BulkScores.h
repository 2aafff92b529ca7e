// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores entered in bulk, for a reviewer's own form (their review file) or as the officer's
// consensus (the shared file): which candidates and criteria a workshop's sheet holds, the
// codes of a sheet resolved against the file, and the one batch write both scores-import and
// the scores grid call. One place each for "which criteria" (criteria()) and for "the write"
// (write()). Every sheet is of one assessment round (AssessmentRound): its form, its
// candidates (Stage 1: the workshop's applicants; Stages 2 and 3: those holding its seats),
// its drafts and consensus.

#include "assessment/ScoreEntry.h"
#include "assessment/ScoringForm.h"
#include "domain/Vocabulary.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <functional>

class ReviewFile;
class Score;
class Store;

/// A candidate as a sheet shows them.
struct SheetCandidate {
    QUuid id;
    QString code;  ///< ScoreSheet::candidateCode, unique in the file
    QString name;  ///< "Family, Given"
    ScoringForm form;
};

/// The sheet of one workshop for one writer: its candidates and the criteria of their forms.
struct WorkshopSheet {
    PipelineStep round = PipelineStep::Selection;  ///< the assessment round it rates
    QList<SheetCandidate> candidates;  ///< in name order
    QList<FormCriterion> criteria;  ///< every item of their forms, in form order, once
    QList<ScaleLevel> scale;
};

class BulkScores
{
    Q_DECLARE_TR_FUNCTIONS(BulkScores)

public:
    /// The criteria a sheet has columns for: every item of the forms, in form order, once.
    static QList<FormCriterion> criteria(const QList<ScoringForm>& forms);

    /// The sheet of `workshopId` in `round`: its applicants (Stage 1) or those holding its
    /// seats (Stages 2 and 3), with their form of that round; for a reviewer's own form
    /// (`review` set) only those assigned to them in the round without a conflict declared.
    static Result<WorkshopSheet> sheet(const Store& store, const QUuid& workshopId, const ReviewFile* review,
                                       PipelineStep round);

    /// The ratings of a CSV read by ScoreSheet::parse, with codes resolved against the file;
    /// what cannot be resolved (an unknown or ambiguous code, a criterion the candidate's
    /// form has not, a rating that is not a whole number) goes to `problems`.
    static QList<ScoreEntry> resolve(const Store& store, const ScoreSheetText& sheet, PipelineStep round,
                                     QList<ScoreSheetProblem>& problems);

    /// Every problem of `entries` against the file as it is now: a candidate not in the file
    /// or not a candidate of `workshopId`'s `round` (when set), one `mayRate` refuses, a
    /// criterion not on their form of the round, a rating off the scale, a cell given twice,
    /// a comment too long. Called inside the unit of work that writes.
    static QList<ScoreSheetProblem> check(const Store& store, const QList<ScoreEntry>& entries, const QUuid& workshopId,
                                          PipelineStep round, const std::function<Status(const QUuid&)>& mayRate = {});

    /// Every problem the write of `entries` by this writer finds: check()'s, and for a
    /// reviewer's own form (`review` set) ReviewerWork's rules (assigned in the round, no
    /// conflict declared) and a form of the round submitted already. What scores-import
    /// reports before writing (and for --dry-run), so that a sheet it passes is one the
    /// write takes.
    static QList<ScoreSheetProblem> problems(const Store& store, const ReviewFile* review,
                                             const QList<ScoreEntry>& entries, const QUuid& workshopId,
                                             PipelineStep round);

    /// The one write of a batch: into the reviewer's own review file as drafts (`review`
    /// set; ReviewerWork's rules), or as the officer's consensus in the shared file. All or
    /// nothing: one refused entry writes nothing. Every entry is of `round`.
    static ScoreBatchReport write(Store& store, ReviewFile* review, const QList<ScoreEntry>& entries,
                                  const QUuid& workshopId, PipelineStep round);

    /// A blank sheet as CSV: wide (a row per candidate, a column per criterion) or long (a
    /// row per candidate and criterion), with the codes the import reads and, for people,
    /// the names; `withNames` false leaves the candidates' names out (anonymised review).
    /// Every row names the sheet's round, so that the sheet typed back goes into it.
    static QByteArray templateCsv(const WorkshopSheet& sheet, bool wide, bool withNames);
};
