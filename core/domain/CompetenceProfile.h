#pragma once
// The qualifications and competences a call asks of candidates: groups of criteria, each
// a hard requirement, a counted criterion or an advantage. Versioned: a later call may
// change it while past assessments keep the version they were made with.

#include "RecordMeta.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct Criterion {
    QString key;   ///< stable within the profile, e.g. "personal.communication"
    QString name;  ///< short name shown on sheets
    CriterionKind kind = CriterionKind::Counted;
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

    int criterionCount(CriterionKind kind) const;
    /// How many counted criteria a candidate must meet to pass the "most of" rule.
    int countedRequired() const;

    Validation validate() const;

    /// The profile of the 2023 call (Kashiwa workshop), seeded into every new file.
    static CompetenceProfile call2023();
};
