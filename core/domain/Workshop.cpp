// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Workshop.h"

Validation Workshop::validate() const
{
    Validation v;
    if (title.trimmed().isEmpty()) {
        v.add(QStringLiteral("title"), tr("Give the workshop a title."));
    }
    if (title.size() > kMaxTextLength || venue.size() > kMaxTextLength) {
        v.add(QStringLiteral("title"), tr("The title or venue is too long."));
    }
    if (!startDate.isValid()) {
        v.add(QStringLiteral("start_date"), tr("Enter the first day of the workshop."));
    }
    if (days < 1 || days > 14) {
        v.add(QStringLiteral("days"), tr("A workshop lasts between 1 and 14 days (the call plans four)."));
    }
    if (capacity < 1 || capacity > kMaxCapacity) {
        v.add(QStringLiteral("capacity"),
              tr("A workshop takes between 1 and %1 participants; the call limits it to %1.").arg(kMaxCapacity));
    }
    for (const auto& assessor : assessors) {
        if (assessor.trimmed().isEmpty()) {
            v.add(QStringLiteral("assessors"), tr("An assessor in the list has no name."));
            break;
        }
    }
    return v;
}
