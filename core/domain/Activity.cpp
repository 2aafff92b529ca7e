// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Activity.h"

#include <QSet>

const ActivityParticipant* Activity::participant(const QUuid& candidateId) const
{
    for (const ActivityParticipant& p : participants) {
        if (p.candidateId == candidateId) {
            return &p;
        }
    }
    return nullptr;
}

Validation Activity::validate() const
{
    Validation v;
    if (title.trimmed().isEmpty()) {
        v.add(QStringLiteral("title"), tr("Give the activity a title."));
    }
    if (title.size() > kMaxTextLength || requestingAdministration.size() > kMaxTextLength) {
        v.add(QStringLiteral("title"), tr("The title or requesting administration is too long."));
    }
    if (mode == ActivityMode::OnSite && country.trimmed().isEmpty()) {
        v.add(QStringLiteral("country"), tr("An activity on site needs the country where it takes place."));
    }
    if (!startDate.isValid()) {
        v.add(QStringLiteral("start_date"), tr("Enter the first day of the activity."));
    }
    if (!endDate.isValid()) {
        v.add(QStringLiteral("end_date"), tr("Enter the last day of the activity."));
    }
    if (startDate.isValid() && endDate.isValid() && endDate < startDate) {
        v.add(QStringLiteral("end_date"), tr("The activity ends before it starts; check the dates."));
    }
    for (const QString& topic : topics) {
        if (topic.trimmed().isEmpty()) {
            v.add(QStringLiteral("topics"), tr("A topic in the list is empty; remove it or name it."));
            break;
        }
    }
    QSet<QUuid> seen;
    for (const ActivityParticipant& p : participants) {
        if (p.candidateId.isNull()) {
            v.add(QStringLiteral("participants"), tr("A participant has no person; choose one or remove the row."));
            continue;
        }
        if (seen.contains(p.candidateId)) {
            v.add(QStringLiteral("participants"), tr("The same person is listed twice; keep one role for them."));
        }
        seen.insert(p.candidateId);
        if (p.voluntaryExtra && p.extraReason.trimmed().isEmpty()) {
            v.add(QStringLiteral("participants"),
                  tr("Time given as a voluntary extra needs its reason; enter why the advisor gives it."));
        }
    }
    return v;
}
