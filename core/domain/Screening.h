#pragma once
// Stage 1 screening of a candidate against the competence profile, as the officer records
// it: whether the hard requirements are met and how many of the counted criteria. The
// assessment forms will compute these; until then the officer states them.

#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

class Screening
{
    Q_DECLARE_TR_FUNCTIONS(Screening)

public:
    QUuid candidateId;
    bool hardRequirementsMet = false;
    int countedMet = 0;
    int countedTotal = 0;
    QString note;
    QDateTime recordedAt;  ///< UTC; set by the store
    QString recordedBy;    ///< set by the store

    /// "Most of" the counted criteria: strictly more than `thresholdPercent` of them.
    bool meetsMostCounted(int thresholdPercent) const;
    /// Hard requirements met and most of the counted criteria.
    bool qualifies(int thresholdPercent) const { return hardRequirementsMet && meetsMostCounted(thresholdPercent); }
    /// One sentence a person reads: what was met and what was not.
    QString explanation(int thresholdPercent) const;

    Validation validate() const;
};
