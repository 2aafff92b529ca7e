// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The layout of a review file: a reviewer's own small SQLite file, beside the shared file
// or anywhere for offline work at a workshop, holding their scores until the officer
// imports them. It names the shared file it was made for, so it cannot be imported into
// another one.

#include <QStringList>

namespace ReviewSchema {

/// PRAGMA application_id of review files: "ACDR".
constexpr qint32 kApplicationId = 0x41434452;
constexpr int kCurrentVersion = 2;

/// The statements of each version, oldest first. Version 2: a score names its assessment
/// round (AssessmentRound), its key includes it; a version 1 file opened to write is
/// upgraded, each score to the round of its criterion (AssessmentRound::roundOfKey).
QList<QStringList> steps();

}  // namespace ReviewSchema
