#pragma once
// A WCO capacity-building activity or operation, on site or online: where Stage 3
// candidates are assessed and accredited advisors are deployed.

#include "RecordMeta.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDate>

class Activity
{
    Q_DECLARE_TR_FUNCTIONS(Activity)

public:
    RecordMeta meta;
    QString title;
    ActivityKind kind = ActivityKind::CapacityBuilding;
    ActivityMode mode = ActivityMode::OnSite;
    QString country;  ///< required on site
    QString city;
    QDate startDate;
    QDate endDate;
    QString requestingAdministration;
    QString language;

    Validation validate() const;
};
