// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidate assessment sheet, blank (criteria with the rating scale as boxes to tick,
// room for comments, the assessor's name, signature and date: for scoring by hand during
// the workshop) or filled (each reviewer's ratings and comments, the consensus and the
// outcome), with the candidate named or anonymised (a code instead of the name, the
// administration and the country). Built from plain data, so the store, the scoring
// workflow and the benchmarks can all feed it.

#include "domain/CompetenceProfile.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

struct PrintSection;

/// One reviewer's rating of one criterion, as printed.
struct SheetScore {
    QString reviewer;
    std::optional<int> rating;  ///< 0-4; 0/1 for hard requirements
    QString comment;
    QString evidence;
    bool submitted = true;  ///< false: a draft the reviewer may still change
};

struct SheetCriterion {
    QString key;
    QString name;
    CriterionKind kind = CriterionKind::Counted;
    QList<SheetScore> scores;
    /// What to look for, printed small under the name; empty prints nothing.
    QString description = {};
};

struct SheetGroup {
    QString name;
    QList<SheetCriterion> criteria;
};

/// The officer's consensus on one criterion, kept apart from the reviewers' own ratings.
struct SheetConsensus {
    int rating = 0;
    QString comment;
    QString recordedBy;
    QDate recordedOn;
};

/// The officer's outcome of one step's assessment (Stage 1, the workshop, Stage 3).
struct SheetStepOutcome {
    PipelineStep step = PipelineStep::Selection;
    bool passed = false;
    QString note;
    QString recordedBy;
    QDate recordedOn;
};

/// The officer's consensus, the outcome of each step assessed, and the decision that put
/// the candidate where they stand.
struct SheetOutcome {
    QHash<QString, SheetConsensus> consensus;  ///< by the form's criterion key; empty while none is recorded
    QList<SheetStepOutcome> assessed;  ///< in step order; empty while none is recorded
    std::optional<Stage> decision;  ///< the latest result decided (selected … accredited); none yet when empty
    QDate decidedOn;
    QString decidedBy;
    QString reason;
};

struct SheetData {
    QUuid candidateId;
    QString name;
    QString administration;
    QString country;
    QString region;
    QString position;
    std::optional<Stage> stage;
    QString workshopTitle;
    QString workshopVenue;
    QDate workshopStart;
    QDate workshopEnd;
    QStringList assessors;
    int profileVersion = 1;
    QString profileTitle;
    /// The levels of the profile's rating scale, lowest first, as the file holds them.
    QList<ScaleLevel> scale = CompetenceProfile::defaultScale();
    QList<SheetGroup> profileGroups;
    /// The rest of the scoring form: the workshop's own criteria (keys "workshop:KEY") and
    /// the Stage 3 appraisals ("activity:ID"), as ScoringForm builds them.
    QList<SheetGroup> workshopGroups;
    SheetOutcome outcome;
};

struct SheetOptions {
    bool blank = false;  ///< criteria and boxes only, for scoring by hand
    /// A code instead of the name, administration and country; in every free text printed
    /// (comments, evidence, notes, reasons) those words are replaced too.
    bool anonymous = false;
};

class AssessmentSheet
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentSheet)

public:
    /// The code that stands for a candidate on anonymised sheets: stable, short, and the
    /// same on the named sheet, so the officer can match them.
    static QString candidateCode(const QUuid& candidateId);

    /// What a rating means on `scale` ("3 – Exceeds"); hard requirements read met / not met.
    static QString ratingLabel(int rating, CriterionKind kind, const QList<ScaleLevel>& scale);
    static QString kindLabel(CriterionKind kind);

    /// `text` with the candidate's name (and each part of it), administration and country
    /// replaced, whole words and in any case, for anonymised sheets. A nickname, a
    /// misspelling or a pronoun is not caught: see docs/printing.md.
    static QString withoutIdentity(const QString& text, const SheetData& data);

    static PrintSection section(const SheetData& data, const SheetOptions& options);
    /// The running header's document title for these options.
    static QString title(const SheetOptions& options);
};
