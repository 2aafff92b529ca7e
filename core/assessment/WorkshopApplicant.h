// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A candidate of a workshop's round as assessment sees them: applied to the workshop (with
// or without a seat), enrolled in it or decided about for it, with what the selection
// constraints look at. Read by
// Assessment::applicants(); plain data, so tests and the ranking can make their own.

#include "domain/Vocabulary.h"

#include <QString>
#include <QUuid>

#include <optional>

struct WorkshopApplicant {
    QUuid candidateId;
    QString name;  ///< "Family, Given", as the pipeline board shows it
    QString administration;  ///< the nominating Customs administration
    Gender gender = Gender::Undisclosed;
    std::optional<Region> region;
    Stage stage = Stage::Applied;
    bool holdsSeat = false;  ///< enrolled in this workshop now
    /// Whether the Stage 1 screening lets them be selected without an override (hard
    /// requirements met and most of the counted criteria, as the pipeline requires); true
    /// for those already selected or further, whose decision stands.
    bool screeningPassed = true;
    /// When not passed: the screening's verdict in a sentence, or that none is recorded.
    QString screeningNote;

    /// Whether the candidate still competes for one of the workshop's seats: everyone but
    /// those not selected and those who withdrew.
    bool competesForSeat() const { return stage != Stage::NotSelected && stage != Stage::Withdrawn; }
};
