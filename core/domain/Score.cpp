// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Score.h"

Validation Score::validate() const
{
    Validation v;
    if (reviewerId.isNull()) {
        v.add(QStringLiteral("reviewer"), tr("A score must name its reviewer."));
    }
    if (candidateId.isNull()) {
        v.add(QStringLiteral("candidate"), tr("A score must name its candidate."));
    }
    if (criterionKey.trimmed().isEmpty()) {
        v.add(QStringLiteral("criterion"), tr("A score must name its criterion."));
    }
    if (rating && (*rating < 0 || *rating > kMaxRating)) {
        v.add(QStringLiteral("rating"), tr("A rating goes from 0 to %1.").arg(kMaxRating));
    }
    if (isSubmitted() && !rating) {
        v.add(QStringLiteral("rating"), tr("Rate the criterion before submitting."));
    }
    if (!updatedAt.isValid()) {
        v.add(QStringLiteral("updated_at"), tr("A score must say when it was last changed."));
    }
    if (comment.size() > kMaxTextLength || evidence.size() > kMaxTextLength) {
        v.add(QStringLiteral("comment"), tr("The comment or evidence is too long."));
    }
    return v;
}
