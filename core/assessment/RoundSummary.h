// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The summary of a round that the Secretariat reports upward: how many candidates applied,
// were selected, passed the workshop and were accredited, in all and by region, gender and
// nominating administration. Counted from each candidate's standing decisions
// (Pipeline::standing): a reversed decision counts for nothing, and someone who withdrew
// after passing the workshop still passed it. Pure: Assessment::roundSummary() reads what
// it is made of; tests make their own.

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class StageDecision;

/// How many of a group reached each step.
struct SummaryCounts {
    int applied = 0;
    int selected = 0;
    int passed = 0;  ///< passed the workshop (Stage 2)
    int accredited = 0;

    bool operator==(const SummaryCounts& other) const
    {
        return applied == other.applied && selected == other.selected && passed == other.passed &&
               accredited == other.accredited;
    }
};

/// How far one candidate went: what the summary is made of.
struct CandidateReach {
    QUuid candidateId;
    std::optional<Region> region;
    Gender gender = Gender::Undisclosed;
    QString administration;
    bool selected = false;
    bool passed = false;
    bool accredited = false;

    /// Sets how far the candidate went from their decisions (`history`, oldest first): the
    /// standing ones only, and when `workshopId` is set only those about that workshop or
    /// about none (an accreditation may name no workshop).
    void reachFrom(const QList<StageDecision>& history, const QUuid& workshopId);
};

/// What the summary is broken down by.
enum class SummaryDimension { Region, Gender, Administration };

/// One line of a breakdown: a region, a gender or an administration.
struct SummaryGroup {
    QString key;  ///< the region's or gender's key, or the administration as written; empty: not recorded
    QString label;  ///< as shown and printed
    SummaryCounts counts;
};

class RoundSummary
{
    Q_DECLARE_TR_FUNCTIONS(RoundSummary)

public:
    QUuid workshopId;  ///< null: every candidate of the file
    QString workshopTitle;  ///< empty for the whole file
    SummaryCounts totals;
    QList<SummaryGroup> byRegion;  ///< every region, in the vocabulary's order, then "not recorded" when any
    QList<SummaryGroup> byGender;  ///< every gender, in the vocabulary's order
    QList<SummaryGroup> byAdministration;  ///< the administrations that applied, in name order

    /// The summary of `candidates`; administrations written alike but for case and spaces
    /// ("Japan Customs", "japan customs ") are one, named as first written.
    static RoundSummary of(const QList<CandidateReach>& candidates);

    const QList<SummaryGroup>& groups(SummaryDimension dimension) const;

    /// "region", "gender", "administration": as the CLI's --by and the JSON spell them.
    static QString keyOf(SummaryDimension dimension);
    static std::optional<SummaryDimension> dimensionFromKey(const QString& key);
    static QList<SummaryDimension> dimensions();
    /// "Region", "Gender", "Administration".
    static QString labelOf(SummaryDimension dimension);
    /// "By region", "By gender", "By administration": a breakdown's heading.
    static QString headingOf(SummaryDimension dimension);
    /// What the summary covers: the workshop's applicants, or every candidate of the file.
    QString scopeText() const;
};
