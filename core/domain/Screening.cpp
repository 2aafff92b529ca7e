// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Screening.h"

bool Screening::meetsMostCounted(int thresholdPercent) const
{
    // Integers only: 4 of 7 against 50 % is 400 > 350, with no rounding to argue about.
    return countedTotal > 0 && countedMet * 100 > thresholdPercent * countedTotal;
}

QString Screening::explanation(int thresholdPercent) const
{
    const QString hard = hardRequirementsMet ? tr("hard requirements met") : tr("hard requirements not met");
    const QString counted = meetsMostCounted(thresholdPercent) ? tr("%1 of %2 counted criteria met, more than %3 %")
                                                                     .arg(countedMet)
                                                                     .arg(countedTotal)
                                                                     .arg(thresholdPercent)
                                                               : tr("%1 of %2 counted criteria met, not more than %3 %")
                                                                     .arg(countedMet)
                                                                     .arg(countedTotal)
                                                                     .arg(thresholdPercent);
    return hard + QStringLiteral("; ") + counted;
}

Validation Screening::validate() const
{
    Validation v;
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("A screening must name its candidate."));
    }
    if (countedTotal < 1) {
        v.add(QStringLiteral("counted_total"), tr("Give how many counted criteria the profile has (at least 1)."));
    } else if (countedMet < 0 || countedMet > countedTotal) {
        v.add(QStringLiteral("counted_met"),
              tr("The criteria met must be between 0 and %1, the number of counted criteria.").arg(countedTotal));
    }
    return v;
}
