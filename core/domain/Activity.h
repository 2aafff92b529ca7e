// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A WCO capacity-building activity or operation, on site or online: where Stage 3
// candidates are assessed and accredited advisors are deployed, with who took part in
// which role.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

/// One person's part in an activity. Time beyond the twelve weeks of the commitment, or
/// outside its three years, is given only as a voluntary extra with the reason recorded.
struct ActivityParticipant {
    QUuid candidateId;
    ParticipantRole role = ParticipantRole::CoFacilitator;
    bool voluntaryExtra = false;
    QString extraReason;  ///< required when voluntaryExtra

    /// Whether the role spends weeks of the commitment (leads and co-facilitators do).
    bool countsTowardsCommitment() const { return role != ParticipantRole::Stage3Candidate; }

    bool operator==(const ActivityParticipant& other) const
    {
        return candidateId == other.candidateId && role == other.role && voluntaryExtra == other.voluntaryExtra &&
               extraReason == other.extraReason;
    }
};

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
    QStringList topics;  ///< e.g. "e-commerce", "medicines"; matched when looking for who is free
    QList<ActivityParticipant> participants;

    /// The participant record of `candidateId`, null when they do not take part.
    const ActivityParticipant* participant(const QUuid& candidateId) const;
    /// Whether the activity has a day in [from, to].
    bool overlaps(const QDate& from, const QDate& to) const { return startDate <= to && endDate >= from; }

    Validation validate() const;
};
