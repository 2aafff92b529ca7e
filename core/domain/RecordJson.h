// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON forms of the domain records: what the CLI prints with --json and what the audit
// trail keeps as "old" and "new". Keys are the stable keys of the file and the CLI.

#include <QJsonObject>

class Activity;
class Attachment;
class Candidate;
class CompetenceProfile;
class Person;
class Score;
class StageDecision;
class Unavailability;
class Workshop;

namespace RecordJson {

QJsonObject toJson(const Candidate& candidate);
QJsonObject toJson(const Attachment& attachment);  ///< metadata only, never the content
QJsonObject toJson(const CompetenceProfile& profile);
QJsonObject toJson(const Workshop& workshop);
QJsonObject toJson(const Activity& activity);
QJsonObject toJson(const StageDecision& decision);
QJsonObject toJson(const Person& person);
QJsonObject toJson(const Score& score);
QJsonObject toJson(const Unavailability& unavailability);

/// Compact text of an object, as the audit trail stores it.
QString compact(const QJsonObject& object);

}  // namespace RecordJson
