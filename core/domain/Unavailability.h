// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A period an accredited advisor declared they cannot be deployed (leave, duties at home).
// The search for who is free leaves them out for those days.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>

class Unavailability
{
    Q_DECLARE_TR_FUNCTIONS(Unavailability)

public:
    RecordMeta meta;
    QUuid candidateId;
    QDate from;
    QDate to;  ///< inclusive
    QString reason;

    bool overlaps(const QDate& first, const QDate& last) const { return from <= last && to >= first; }

    Validation validate() const;
};
