// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The availability commitment of one accredited advisor: from the accreditation date, for
// three years, at most twelve weeks of activities. The ledger adds up the days they spend
// on activities under the file's week-counting rule (WeekCounting) and says what is used,
// what is left, and what falls outside the period or beyond the twelve weeks.
//
// Time is counted in half-days so that every rule is exact integer arithmetic: a working
// day is 2 units, a week 10. Days on two activities at once count once. Pure: no store.

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

class QLocale;

/// Days an advisor spends on one activity, as the ledger counts them.
struct CommitmentSpan {
    QUuid activityId;
    QDate from;
    QDate to;  ///< inclusive
    ActivityMode mode = ActivityMode::OnSite;
};

class CommitmentLedger
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentLedger)

public:
    static constexpr int kCommittedWeeks = 12;  ///< section 5 of the call
    static constexpr int kYears = 3;  ///< section 5 of the call
    static constexpr int kUnitsPerDay = 2;  ///< half-days
    static constexpr int kUnitsPerWeek = 5 * kUnitsPerDay;
    static constexpr int kCommittedUnits = kCommittedWeeks * kUnitsPerWeek;

    /// The last day of the commitment: the third anniversary of the accreditation, which
    /// counts (accredited on 13 October 2023, committed until 13 October 2026 included).
    /// Accredited on 29 February, the period ends on 28 February. Invalid for an invalid date.
    static QDate periodEnd(const QDate& accreditedOn);

    /// The units that `spans` take between `first` and `last` (an invalid bound is open),
    /// each day counted once however many spans cover it.
    static int unitsBetween(const QList<CommitmentSpan>& spans, WeekCounting rule, const QDate& first = {},
                            const QDate& last = {});

    /// "4.5" weeks for 45 units: whole weeks without decimals, otherwise one.
    static QString weeksText(int units, const QLocale& locale);

    CommitmentLedger(const QDate& accreditedOn, const QList<CommitmentSpan>& spans, WeekCounting rule);

    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    WeekCounting rule() const { return m_rule; }
    const QList<CommitmentSpan>& spans() const { return m_spans; }
    /// Whether every day from `first` to `last` lies within the commitment period.
    bool covers(const QDate& first, const QDate& last) const;

    /// Units on activities within the period, including any given beyond the twelve weeks.
    int usedUnits() const { return m_used; }
    /// Units on activities before the accreditation or after the period ended.
    int outsideUnits() const { return m_outside; }
    /// Units of the twelve weeks still to give; never below zero.
    int leftUnits() const { return qMax(0, kCommittedUnits - m_used); }
    /// Units given within the period beyond the twelve weeks (voluntary extra).
    int beyondUnits() const { return qMax(0, m_used - kCommittedUnits); }
    /// Units of the twelve weeks given (used, at most the twelve weeks).
    int committedUsedUnits() const { return qMin(m_used, kCommittedUnits); }
    /// Units given as voluntary extra: beyond the twelve weeks or outside the period.
    int extraUnits() const { return beyondUnits() + m_outside; }

    /// What adding `span` would change: units within the period on top of what is used,
    /// units outside the period, and how far it would go beyond the twelve weeks.
    struct Cost {
        int inside = 0;
        int outside = 0;
        int beyond = 0;
    };
    Cost costOf(const CommitmentSpan& span) const;

    /// "5 / 12 weeks, until 13/10/2026" (the date as `locale` writes it short), with
    /// "+ 1 voluntary" when time was given beyond the commitment.
    QString summary(const QLocale& locale) const;
    /// The same with the date in ISO 8601 ("until 2026-10-13"), for the command line.
    QString summaryIso(const QLocale& locale) const;

private:
    QString summaryWith(const QString& endText, const QLocale& locale) const;

    QDate m_start;
    QDate m_end;
    QList<CommitmentSpan> m_spans;
    WeekCounting m_rule;
    int m_used = 0;
    int m_outside = 0;
};
