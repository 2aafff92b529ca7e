// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where the command line finds what an argument names.
//
// A candidate: their id, or their name as any list, letter or form prints it ("Mamadou
// Diallo", "Diallo, Mamadou", "DIALLO Mamadou"), accents and case ignored (CandidateName);
// failing that, words of their administration, nationality, e-mail or position. A name that
// fits several candidates lists them with their ids, to run the command again with one.

#include "Result.h"

#include <QString>

class Activity;
class Candidate;
class Person;
class Store;
class Workshop;

/// The name of the positional argument that findCandidate reads.
inline const QString kCandidate = QStringLiteral("CANDIDATE");

Result<Candidate> findCandidate(const Store& store, const QString& argument);

/// The workshop a command-line argument names: an id, or words of one workshop's title.
Result<Workshop> findWorkshop(const Store& store, const QString& argument);

/// The person an argument names: id, account or name (case ignored).
Result<Person> findPerson(const Store& store, const QString& argument);

/// The activity a command-line argument names: its id, or words of its title that match
/// one activity only (a title matched whole wins over those that merely contain it).
Result<Activity> findActivity(const Store& store, const QString& argument);
