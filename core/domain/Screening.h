// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stage 1 screening of a candidate against the competence profile, as the officer records
// it: whether the hard requirements are met and how many of the counted criteria. The
// pre-check (ScreeningCheck) computes these from the candidate's data and the scores; the
// officer confirms it or overrides it with a reason.

#include "domain/Validation.h"

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
    /// Why the officer judged the hard requirements otherwise than the pre-check found
    /// (ScreeningCheck); empty when they confirmed it or stated the screening by hand.
    QString overrideReason;
    QDateTime recordedAt;  ///< UTC; set by the store
    QString recordedBy;  ///< set by the store

    /// "Most of" the counted criteria: strictly more than `thresholdPercent` of them.
    bool meetsMostCounted(int thresholdPercent) const;
    /// Hard requirements met and most of the counted criteria.
    bool qualifies(int thresholdPercent) const { return hardRequirementsMet && meetsMostCounted(thresholdPercent); }
    /// One sentence a person reads: what was met and what was not.
    QString explanation(int thresholdPercent) const;

    Validation validate() const;
};
