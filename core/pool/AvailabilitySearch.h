// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding who is free for a planned activity. An advisor is a match when they are active,
// within their commitment for those dates, not declared unavailable, not on another
// activity then, and have the weeks the activity needs left. Matches are ranked by fit
// (language, region, topics, experience, weeks left, spread of load), each with the
// reasons for its place; everyone else is listed with why they are left out. Pure.

#include "pool/AccreditedAdvisor.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

/// What the officer plans: dates, and what would make an advisor fit.
struct PlannedActivity {
    QDate from;
    QDate to;  ///< inclusive
    ActivityMode mode = ActivityMode::OnSite;
    QString language;  ///< empty: any
    std::optional<Region> region;  ///< where the activity takes place; none: any
    QStringList topics;
    QUuid activityId;  ///< when searching for an activity already recorded: its own days do not count against anyone
};

struct AvailabilityMatch {
    AccreditedAdvisor advisor;
    int score = 0;
    int leftUnits = 0;  ///< of the commitment, before this activity
    QStringList reasons;
};

struct AvailabilityExclusion {
    AccreditedAdvisor advisor;
    QStringList reasons;  ///< every reason, not just the first
};

struct AvailabilityResult {
    QList<AvailabilityMatch> ranked;  ///< best fit first
    QList<AvailabilityExclusion> excluded;  ///< in name order
};

class AvailabilitySearch
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilitySearch)

public:
    /// Weights of the ranking, documented in docs/pool.md.
    static constexpr int kStrongLanguage = 30;  ///< C1, C2 or native
    static constexpr int kGoodLanguage = 20;  ///< B2
    static constexpr int kSomeLanguage = 10;  ///< B1
    static constexpr int kMissingLanguage = -30;
    static constexpr int kSameRegion = 15;
    static constexpr int kPerTopic = 10;  ///< up to three topics
    static constexpr int kPerActivity = 5;  ///< up to four activities led or co-facilitated
    static constexpr int kPerWeekLeft = 1;
    static constexpr int kPerRecentWeek = -3;  ///< per week on activities in the year before

    /// A refusal when the request cannot be searched (dates missing or reversed).
    static Validation validate(const PlannedActivity& planned);

    static AvailabilityResult run(const PlannedActivity& planned, const QList<AccreditedAdvisor>& pool,
                                  WeekCounting rule, const QDate& today);

    /// How well the advisor speaks `language`: their English level for English, else
    /// their listed languages; nullopt when they do not list it. Case and accents ignored.
    static std::optional<LanguageLevel> levelIn(const Candidate& candidate, const QString& language);
};
