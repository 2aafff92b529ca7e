// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one rule for text people type into a single-line field, whatever path it comes by
// (the window, the command line, a CSV import, a reviewer's file): white space at either end
// is dropped, white space inside is kept as typed. " Sato " and "Sato" are one name; "Le
// Havre" keeps its space. The store applies it to every record before validating and
// saving it, so that no path can store a padded value and no two paths differ.
// Multi-line texts (a CV summary, a letter's body) are kept exactly as typed.

#include <QString>
#include <QStringList>

class Activity;
class AvailabilityCommitment;
class Candidate;
class LetterTemplate;
class Person;
class Score;
class Screening;
class StageDecision;
class Unavailability;
class Workshop;
struct Criterion;

namespace FreeText {

/// A single-line text as it is kept: without white space at either end.
QString line(const QString& text);
/// Each text as line() keeps it, in order.
QStringList lines(const QStringList& texts);

/// Applies line() to every single-line text of a record, in place.
void tidy(Candidate& candidate);
void tidy(Person& person);
void tidy(Workshop& workshop);
void tidy(Activity& activity);
void tidy(Unavailability& unavailability);
void tidy(AvailabilityCommitment& commitment);
void tidy(StageDecision& decision);
void tidy(Screening& screening);
void tidy(LetterTemplate& letter);
void tidy(Score& score);
void tidy(Criterion& criterion);

}  // namespace FreeText
