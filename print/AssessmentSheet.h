#pragma once
// The candidate assessment sheet, blank (criteria with the rating scale as boxes to tick,
// room for comments, the assessor's name, signature and date: for scoring by hand during
// the workshop) or filled (each reviewer's ratings and comments, the consensus and the
// outcome), with the candidate named or anonymised (a code instead of the name, the
// administration and the country). Built from plain data, so the store, the scoring
// workflow and the benchmarks can all feed it.

#include "Vocabulary.h"

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
};

struct SheetGroup {
    QString name;
    QList<SheetCriterion> criteria;
};

/// The consensus of the assessors and the outcome. The scoring workflow fills the
/// consensus; until it does, only the outcome (from the candidate's decisions) is known.
struct SheetOutcome {
    QHash<QString, int> consensusRatings;  ///< by criterion key; empty while no consensus is recorded
    QString consensusNote;
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
    QList<SheetGroup> profileGroups;
    QList<SheetGroup> workshopGroups;  ///< the workshop's own criteria (participation …)
    SheetOutcome outcome;
};

struct SheetOptions {
    bool blank = false;      ///< criteria and boxes only, for scoring by hand
    bool anonymous = false;  ///< a code instead of the name, administration and country
};

class AssessmentSheet
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentSheet)

public:
    /// The code that stands for a candidate on anonymised sheets: stable, short, and the
    /// same on the named sheet, so the officer can match them.
    static QString candidateCode(const QUuid& candidateId);

    /// What a rating means ("3 – Well demonstrated"); hard requirements read met / not met.
    static QString ratingLabel(int rating, CriterionKind kind);
    static QString kindLabel(CriterionKind kind);

    /// The criteria a workshop assesses on top of the profile (section 4b of the call),
    /// until workshops carry their own list.
    static QList<SheetGroup> defaultWorkshopCriteria();

    static PrintSection section(const SheetData& data, const SheetOptions& options);
    /// The running header's document title for these options.
    static QString title(const SheetOptions& options);
};
