// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Unavailability.h"

Validation Unavailability::validate() const
{
    Validation v;
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("Choose the advisor who is unavailable."));
    }
    if (!from.isValid()) {
        v.add(QStringLiteral("from"), tr("Enter the first day the advisor is unavailable."));
    }
    if (!to.isValid()) {
        v.add(QStringLiteral("to"), tr("Enter the last day the advisor is unavailable."));
    }
    if (from.isValid() && to.isValid() && to < from) {
        v.add(QStringLiteral("to"), tr("The period ends before it starts; check the dates."));
    }
    if (reason.trimmed().isEmpty()) {
        v.add(QStringLiteral("reason"), tr("Say why the advisor is unavailable (leave, duties at home)."));
    }
    if (reason.size() > kMaxTextLength) {
        v.add(QStringLiteral("reason"), tr("The reason is too long."));
    }
    return v;
}
