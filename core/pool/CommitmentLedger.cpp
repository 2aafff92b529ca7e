// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/CommitmentLedger.h"

#include <QLocale>
#include <QMap>
#include <QSet>

QDate CommitmentLedger::periodEnd(const QDate& accreditedOn)
{
    // QDate::addYears moves 29 February to 28 February in a common year.
    return accreditedOn.isValid() ? accreditedOn.addYears(kYears) : QDate();
}

int CommitmentLedger::unitsBetween(const QList<CommitmentSpan>& spans, WeekCounting rule, const QDate& first,
                                   const QDate& last)
{
    // The weight of each day on an activity, the heaviest when spans overlap.
    QMap<QDate, int> days;
    for (const CommitmentSpan& span : spans) {
        if (!span.from.isValid() || !span.to.isValid() || span.to < span.from) {
            continue;
        }
        const QDate from = first.isValid() ? qMax(span.from, first) : span.from;
        const QDate to = last.isValid() ? qMin(span.to, last) : span.to;
        const int weight = rule == WeekCounting::OnlineHalfDays && span.mode == ActivityMode::Online ? 1 : kUnitsPerDay;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            int& stored = days[day];
            stored = qMax(stored, weight);
        }
    }
    if (rule == WeekCounting::StartedWeeks) {
        // A week the advisor gives up, even for a weekend day, is a whole week.
        QSet<qint64> weeks;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            int weekYear = 0;
            const int week = it.key().weekNumber(&weekYear);
            weeks.insert(qint64(weekYear) * 100 + week);
        }
        return int(weeks.size()) * kUnitsPerWeek;
    }
    int units = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().dayOfWeek() <= 5) {  // weekends are not working days
            units += it.value();
        }
    }
    return units;
}

QString CommitmentLedger::weeksText(int units, const QLocale& locale)
{
    if (units % kUnitsPerWeek == 0) {
        return locale.toString(units / kUnitsPerWeek);
    }
    return locale.toString(double(units) / kUnitsPerWeek, 'f', 1);
}

CommitmentLedger::CommitmentLedger(const QDate& accreditedOn, const QList<CommitmentSpan>& spans, WeekCounting rule)
    : m_start(accreditedOn)
    , m_end(periodEnd(accreditedOn))
    , m_spans(spans)
    , m_rule(rule)
{
    if (!m_start.isValid()) {
        m_outside = unitsBetween(spans, rule);
        return;
    }
    m_used = unitsBetween(spans, rule, m_start, m_end);
    m_outside =
        unitsBetween(spans, rule, QDate(), m_start.addDays(-1)) + unitsBetween(spans, rule, m_end.addDays(1), QDate());
}

bool CommitmentLedger::covers(const QDate& first, const QDate& last) const
{
    return m_start.isValid() && first >= m_start && last <= m_end;
}

CommitmentLedger::Cost CommitmentLedger::costOf(const CommitmentSpan& span) const
{
    QList<CommitmentSpan> with = m_spans;
    with.append(span);
    const CommitmentLedger after(m_start, with, m_rule);
    Cost cost;
    cost.inside = after.usedUnits() - m_used;
    cost.outside = after.outsideUnits() - m_outside;
    cost.beyond = after.beyondUnits() - beyondUnits();
    return cost;
}

QString CommitmentLedger::summary(const QLocale& locale) const
{
    return summaryWith(locale.toString(m_end, QLocale::ShortFormat), locale);
}

QString CommitmentLedger::summaryIso(const QLocale& locale) const
{
    return summaryWith(m_end.toString(Qt::ISODate), locale);
}

QString CommitmentLedger::summaryWith(const QString& endText, const QLocale& locale) const
{
    const QString used = weeksText(committedUsedUnits(), locale);
    const QString committed = locale.toString(kCommittedWeeks);
    if (extraUnits() > 0) {
        return tr("%1 / %2 weeks + %3 voluntary, until %4")
            .arg(used, committed, weeksText(extraUnits(), locale), endText);
    }
    return tr("%1 / %2 weeks, until %3").arg(used, committed, endText);
}
