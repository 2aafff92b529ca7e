// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AvailabilityCommitment.h"

#include <QLocale>

Validation AvailabilityCommitment::validate(const QDate& today, const QDate& appliedOn) const
{
    Validation v;
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("A commitment must name its candidate."));
    }
    if (!givenOn.isValid()) {
        v.add(QStringLiteral("given_on"), tr("Give the date the commitment was given, as YYYY-MM-DD."));
    } else if (givenOn > today) {
        v.add(QStringLiteral("given_on"), tr("The commitment cannot be dated in the future."));
    } else if (appliedOn.isValid() && givenOn < appliedOn) {
        v.add(QStringLiteral("given_on"), tr("The commitment cannot be dated before the application (%1); check the "
                                             "date.")
                                              .arg(QLocale().toString(appliedOn, QLocale::ShortFormat)));
    }
    if (how.trimmed().isEmpty()) {
        v.add(QStringLiteral("how"), tr("Say how the commitment was given, e.g. \"signed form received by e-mail\"."));
    }
    return v;
}
