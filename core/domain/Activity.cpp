#include "Activity.h"

Validation Activity::validate() const
{
    Validation v;
    if (title.trimmed().isEmpty()) {
        v.add(QStringLiteral("title"), tr("Give the activity a title."));
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
    return v;
}
