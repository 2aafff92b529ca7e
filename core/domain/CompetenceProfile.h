// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The qualifications and competences a call asks of candidates: groups of criteria, each
// a hard requirement, a counted criterion or an advantage. Versioned: a later call may
// change it while past assessments keep the version they were made with.

#include "domain/RecordMeta.h"
#include "Result.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct Criterion {
    QString key;  ///< stable within the profile, e.g. "personal.communication"
    QString name;  ///< short name shown on sheets
    CriterionKind kind = CriterionKind::Counted;
    /// What a reviewer looks for; kept for a workshop's own criteria (format 11), empty
    /// for the profile's.
    QString description = {};
};

/// One level of the profile's rating scale, with the words that say what earns it.
struct ScaleLevel {
    int rating = 0;
    QString label;  ///< e.g. "Meets"
    QString descriptor;  ///< what a reviewer must see to give this level
};

struct CriterionGroup {
    QString key;
    QString name;
    QList<Criterion> criteria;
};

class CompetenceProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompetenceProfile)

public:
    RecordMeta meta;
    int version = 1;
    QString title;
    QDate adoptedOn;
    /// "Most of the following": a candidate must meet more than this percentage of the
    /// counted criteria.
    int countedThresholdPercent = 50;
    QList<CriterionGroup> groups;
    /// The levels every criterion is rated on, lowest first (hard requirements are rated
    /// 1 met or 0 not met instead).
    QList<ScaleLevel> scale = defaultScale();

    /// The rating at and above which a counted criterion is met ("meets").
    static constexpr int kMeetsRating = 2;

    int criterionCount(CriterionKind kind) const;
    /// How many counted criteria a candidate must meet to pass the "most of" rule.
    int countedRequired() const;

    Validation validate() const;

    /// The criterion with `key`, null when the profile has none.
    const Criterion* criterion(const QString& key) const;
    /// The highest rating of the scale.
    int maxRating() const;
    /// "3 – Exceeds" for a criterion of `kind` rated `rating`; "1 – Met" for a hard requirement.
    QString ratingLabel(int rating, CriterionKind kind = CriterionKind::Counted) const;
    /// Refused, with a message that names the criterion, when `rating` is not on the scale
    /// of a criterion of `kind` (hard requirements: 0 or 1).
    Status checkRating(int rating, CriterionKind kind, const QString& criterionName) const;

    /// Five levels 0 to 4: not demonstrated, partly, meets, exceeds, outstanding.
    static QList<ScaleLevel> defaultScale();

    /// The profile of the 2023 call (Kashiwa workshop), seeded into every new file.
    static CompetenceProfile call2023();
};
