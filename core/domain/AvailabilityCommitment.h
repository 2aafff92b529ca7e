// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A participant's commitment to the availability condition (point 5 of the call): for three
// years from accreditation, up to 12 weeks of training or technical assistance. Without it
// a selected candidate cannot be confirmed for the workshop.

#include "Clock.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

class AvailabilityCommitment
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityCommitment)

public:
    QUuid candidateId;
    QDate givenOn;
    QString how;  ///< e.g. "signed form returned by e-mail"
    QDateTime recordedAt;  ///< UTC; set by the store
    QString recordedBy;  ///< set by the store

    /// `today` bounds the date (a seam for tests); so does the candidate's application,
    /// when `appliedOn` is given: a commitment is given by someone who applied.
    Validation validate(const QDate& today = Clock::today(), const QDate& appliedOn = {}) const;
};
