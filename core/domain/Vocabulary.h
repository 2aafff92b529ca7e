// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The closed lists of the domain. Each value has a stable key (what the file, the CLI
// and JSON spell) and a translated label (what a person reads). Keys never change once
// released: a file written today must read the same in ten years.

#include <QList>
#include <QString>

#include <optional>

enum class Stage {
    Applied,
    Selected,
    Waitlisted,
    NotSelected,
    Confirmed,
    WorkshopPassed,
    WorkshopFailed,
    Accredited,
    NotAccredited,
    Withdrawn,
    CommitmentEnded,
    Retired
};

/// The six WCO regions.
enum class Region {
    EastSouthernAfrica,
    WestCentralAfrica,
    NorthAfricaMiddleEast,
    Europe,
    AsiaPacific,
    AmericasCaribbean
};

enum class Gender { Female, Male, Other, Undisclosed };

/// Common European Framework of Reference levels; Native is above C2.
enum class LanguageLevel { A1, A2, B1, B2, C1, C2, Native };

enum class EducationLevel { Secondary, PostSecondary, Bachelor, Master, Doctorate };

enum class AttachmentKind { Cv, ApplicationForm, Other };

/// How a criterion of the competence profile counts in Stage 1.
enum class CriterionKind {
    Hard,  ///< must be met, whatever else the candidate brings
    Counted,  ///< counts towards "most of the following"
    Advantage  ///< ranks candidates but never gates them
};

enum class ActivityKind { CapacityBuilding, TechnicalAssistance, Operation, Stage3Assessment };
enum class ActivityMode { OnSite, Online };
enum class InformChannel { Letter, Email, InPerson };

/// The three assessment stages of a workshop's round, which the officer closes in turn.
enum class PipelineStep {
    Selection,  ///< Stage 1: selected, waitlisted or not, and confirmed
    Workshop,  ///< Stage 2: passed the workshop or not
    FieldAssessment  ///< Stage 3: accredited or not after activities on the ground or online
};

/// What a person does on an activity. Only leads and co-facilitators spend the weeks of
/// their commitment; a Stage 3 candidate is there to be assessed.
enum class ParticipantRole { Lead, CoFacilitator, Stage3Candidate };

/// Where an accredited advisor stands in the pool.
enum class PoolState { Active, CommitmentEnded, Withdrawn, Retired };

/// How the days on activities add up to the weeks of the commitment (see docs/pool.md).
enum class WeekCounting {
    WorkingDays,  ///< each working day Monday to Friday counts; five make a week (default)
    StartedWeeks,  ///< each calendar week with a day on an activity counts as a whole week
    OnlineHalfDays  ///< working days, with a day online counting as half a day
};

/// What reading the text of a document gave, for the full-text search.
enum class TextOutcome {
    Text,  ///< text found and indexed
    NoTextLayer,  ///< a scan or picture: nothing to read without OCR (noted, not an error)
    Unsupported,  ///< a type whose text we do not read (e.g. the old binary Word format)
    Failed  ///< damaged or unreadable; the detail says why
};

/// What a person recorded in the file may do there.
enum class PersonRole {
    Officer,  ///< edits the file: records, decides, imports reviews
    Reviewer,  ///< scores the candidates assigned to them, in their own review file
    Observer  ///< reads and prints
};

/// The stable key of a value, e.g. "workshop_passed".
template<typename E>
QString keyOf(E value);
/// The value with that key; nullopt for a key we do not know.
template<typename E>
std::optional<E> fromKey(const QString& key);
/// The translated label, e.g. "Passed the workshop".
template<typename E>
QString labelOf(E value);
/// Every value, in the order a list shows them.
template<typename E>
QList<E> allOf();
/// The keys, comma-separated: for messages that say what is accepted.
template<typename E>
QString keyList();
