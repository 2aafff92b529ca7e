// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/ActivityRemoval.h"

#include "domain/Activity.h"

#include <QLocale>

ActivityRemoval ActivityRemoval::judge(const Activity& activity, int appraisals, const QDate& today)
{
    ActivityRemoval removal;
    if (appraisals > 0) {
        removal.m_refusal =
            tr("\"%1\" cannot be removed: Stage 3 appraisals (%2) were recorded for it, and they are part of the "
               "candidates' assessment. Keep the activity; if its details are wrong, correct them instead.")
                .arg(activity.title, QLocale().toString(appraisals));
        return removal;
    }
    bool counted = false;
    for (const ActivityParticipant& p : activity.participants) {
        counted = counted || p.countsTowardsCommitment();
    }
    // Begun: its days up to today are already spent of the commitment, as the ledger counts them.
    if (counted && activity.startDate.isValid() && activity.startDate <= today) {
        removal.m_reasonQuestion =
            tr("\"%1\" has taken place and counts in the commitment of its leads and co-facilitators. Removing it "
               "gives them back those weeks. Say why it is removed (for example: recorded by mistake); the reason "
               "is kept in the audit trail.")
                .arg(activity.title);
    }
    return removal;
}

Status ActivityRemoval::check(const QString& reason) const
{
    if (refused()) {
        return Status::failure(ErrorCode::Refused, m_refusal);
    }
    if (needsReason() && reason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::Refused, m_reasonQuestion);
    }
    if (reason.size() > kMaxTextLength) {
        return Status::failure(ErrorCode::Invalid, tr("The reason is too long."));
    }
    return Status::success();
}
