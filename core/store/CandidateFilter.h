// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the candidate list asks of the store: text typed in the quick filter, and the
// stage, region, workshop and "not yet informed" filters. Applied in SQL, so that a file
// of ten thousand candidates answers with only the rows that match.

#include "Clock.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>
#include <QUuid>
#include <optional>

struct CandidateFilter {
    QString text;  ///< names, administration, nationality, e-mail, position; accents and case ignored
    bool inDocuments = false;  ///< `text` searched in full text (CandidateSearch::find): every word in the
                               ///< candidate's fields or the text of their documents
    std::optional<Stage> stage;
    std::optional<Region> region;
    QUuid workshopId;  ///< candidates who applied to this workshop or have a decision about it
    bool notYetInformed = false;  ///< candidates whose latest decision awaits being told
    bool includeArchived = false;  ///< archived candidates are left out unless asked for
    bool retentionDue = false;  ///< no consent, and the retention period is over
    QDate today = Clock::today();  ///< for the retention period (a seam for tests)
    bool withLanguages = true;  ///< a list that does not show languages reads faster without
    /// Only what a list of candidates shows (names, nationality, administration, region,
    /// position, e-mail, application date, stage, archived, erased), in no particular
    /// order: a list of ten thousand reads in half the time. The rest stays empty.
    bool listedFieldsOnly = false;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !stage && !region && workshopId.isNull() && !notYetInformed && !retentionDue;
    }
};
