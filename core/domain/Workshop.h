// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An accreditation workshop (Stage 2): four days by default, at most 10 participants.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class Workshop
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)

public:
    static constexpr int kMaxCapacity = 10;  ///< section 4a of the call
    static constexpr int kDefaultDays = 4;  ///< section 4b of the call

    RecordMeta meta;
    QString title;
    std::optional<Region> region;
    QString venue;
    QDate startDate;
    int days = kDefaultDays;
    int capacity = kMaxCapacity;
    QStringList assessors;

    QDate endDate() const { return startDate.isValid() ? startDate.addDays(days - 1) : QDate(); }

    Validation validate() const;
};
