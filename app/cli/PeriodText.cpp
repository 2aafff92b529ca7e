// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodText.h"

#include "pool/CommitmentLedger.h"

#include <QDate>
#include <QString>

QString dates(const QDate& from, const QDate& to)
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
}

double weeks(int units)
{
    return double(units) / CommitmentLedger::kUnitsPerWeek;
}
