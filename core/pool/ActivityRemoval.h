// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether an activity may be removed from the file, and on what condition. The Stage 3
// appraisals given for an activity belong to the candidates' assessment: removing it would
// take them off their scoring form, so it is refused. An activity that has begun with a
// lead or co-facilitator changes what they spent of their commitment: it is removed only
// with a written reason, which the audit trail keeps. A planned one (or one called off
// before its first day) goes without. Pure: the store counts the appraisals.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Activity;

class ActivityRemoval
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRemoval)

public:
    /// Judges removing `activity` on `today`, when `appraisals` Stage 3 ratings
    /// (reviewers' scores and the officer's consensus) are recorded for it.
    static ActivityRemoval judge(const Activity& activity, int appraisals, const QDate& today);

    /// Whether removing is refused whatever the reason; refusal() says why and what to do.
    bool refused() const { return !m_refusal.isEmpty(); }
    const QString& refusal() const { return m_refusal; }
    /// Whether the removal needs a written reason; reasonQuestion() asks for it.
    bool needsReason() const { return !m_reasonQuestion.isEmpty(); }
    const QString& reasonQuestion() const { return m_reasonQuestion; }

    /// Ok when removing with `reason` (possibly empty) is allowed; otherwise Refused with
    /// the message for the user.
    Status check(const QString& reason) const;

private:
    QString m_refusal;
    QString m_reasonQuestion;
};
