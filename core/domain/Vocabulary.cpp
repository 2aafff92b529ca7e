// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

template<typename E>
struct Entry {
    E value;
    const char* key;
    const char* label;
};

template<typename E>
struct Table;

#define AD_TABLE(Enum, Context, ...)                            \
    template<>                                                  \
    struct Table<Enum> {                                        \
        static constexpr const char* context = Context;         \
        static constexpr Entry<Enum> entries[] = {__VA_ARGS__}; \
    };

AD_TABLE(Stage, "Stage", {Stage::Applied, "applied", QT_TRANSLATE_NOOP("Stage", "Applied")},
         {Stage::Selected, "selected", QT_TRANSLATE_NOOP("Stage", "Selected")},
         {Stage::Waitlisted, "waitlisted", QT_TRANSLATE_NOOP("Stage", "Waitlisted")},
         {Stage::NotSelected, "not_selected", QT_TRANSLATE_NOOP("Stage", "Not selected")},
         {Stage::Confirmed, "confirmed", QT_TRANSLATE_NOOP("Stage", "Confirmed for the workshop")},
         {Stage::WorkshopPassed, "workshop_passed", QT_TRANSLATE_NOOP("Stage", "Passed the workshop")},
         {Stage::WorkshopFailed, "workshop_failed", QT_TRANSLATE_NOOP("Stage", "Did not pass the workshop")},
         {Stage::Accredited, "accredited", QT_TRANSLATE_NOOP("Stage", "Accredited")},
         {Stage::NotAccredited, "not_accredited", QT_TRANSLATE_NOOP("Stage", "Not accredited")},
         {Stage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Stage", "Withdrawn")},
         {Stage::CommitmentEnded, "commitment_ended", QT_TRANSLATE_NOOP("Stage", "Commitment ended")},
         {Stage::Retired, "retired", QT_TRANSLATE_NOOP("Stage", "Retired")})

AD_TABLE(Region, "Region",
         {Region::EastSouthernAfrica, "east_southern_africa", QT_TRANSLATE_NOOP("Region", "East and Southern Africa")},
         {Region::WestCentralAfrica, "west_central_africa", QT_TRANSLATE_NOOP("Region", "West and Central Africa")},
         {Region::NorthAfricaMiddleEast, "north_africa_middle_east",
          QT_TRANSLATE_NOOP("Region", "North of Africa, Near and Middle East")},
         {Region::Europe, "europe", QT_TRANSLATE_NOOP("Region", "Europe")},
         {Region::AsiaPacific, "asia_pacific", QT_TRANSLATE_NOOP("Region", "Asia/Pacific")},
         {Region::AmericasCaribbean, "americas_caribbean", QT_TRANSLATE_NOOP("Region", "Americas and the Caribbean")})

AD_TABLE(Gender, "Gender", {Gender::Female, "female", QT_TRANSLATE_NOOP("Gender", "Female")},
         {Gender::Male, "male", QT_TRANSLATE_NOOP("Gender", "Male")},
         {Gender::Other, "other", QT_TRANSLATE_NOOP("Gender", "Other")},
         {Gender::Undisclosed, "undisclosed", QT_TRANSLATE_NOOP("Gender", "Prefers not to say")})

AD_TABLE(LanguageLevel, "LanguageLevel", {LanguageLevel::A1, "a1", QT_TRANSLATE_NOOP("LanguageLevel", "A1 (beginner)")},
         {LanguageLevel::A2, "a2", QT_TRANSLATE_NOOP("LanguageLevel", "A2 (elementary)")},
         {LanguageLevel::B1, "b1", QT_TRANSLATE_NOOP("LanguageLevel", "B1 (intermediate)")},
         {LanguageLevel::B2, "b2", QT_TRANSLATE_NOOP("LanguageLevel", "B2 (upper intermediate)")},
         {LanguageLevel::C1, "c1", QT_TRANSLATE_NOOP("LanguageLevel", "C1 (proficient)")},
         {LanguageLevel::C2, "c2", QT_TRANSLATE_NOOP("LanguageLevel", "C2 (mastery)")},
         {LanguageLevel::Native, "native", QT_TRANSLATE_NOOP("LanguageLevel", "Native")})

AD_TABLE(EducationLevel, "EducationLevel",
         {EducationLevel::Secondary, "secondary", QT_TRANSLATE_NOOP("EducationLevel", "Secondary school")},
         {EducationLevel::PostSecondary, "post_secondary",
          QT_TRANSLATE_NOOP("EducationLevel", "Post-secondary or vocational")},
         {EducationLevel::Bachelor, "bachelor", QT_TRANSLATE_NOOP("EducationLevel", "University degree")},
         {EducationLevel::Master, "master", QT_TRANSLATE_NOOP("EducationLevel", "Post-graduate degree")},
         {EducationLevel::Doctorate, "doctorate", QT_TRANSLATE_NOOP("EducationLevel", "Doctorate")})

AD_TABLE(AttachmentKind, "AttachmentKind", {AttachmentKind::Cv, "cv", QT_TRANSLATE_NOOP("AttachmentKind", "CV")},
         {AttachmentKind::ApplicationForm, "application_form", QT_TRANSLATE_NOOP("AttachmentKind", "Application form")},
         {AttachmentKind::Other, "other", QT_TRANSLATE_NOOP("AttachmentKind", "Other document")})

AD_TABLE(CriterionKind, "CriterionKind",
         {CriterionKind::Hard, "hard", QT_TRANSLATE_NOOP("CriterionKind", "Hard requirement")},
         {CriterionKind::Counted, "counted", QT_TRANSLATE_NOOP("CriterionKind", "Counted")},
         {CriterionKind::Advantage, "advantage", QT_TRANSLATE_NOOP("CriterionKind", "Advantage")})

AD_TABLE(ActivityKind, "ActivityKind",
         {ActivityKind::CapacityBuilding, "capacity_building", QT_TRANSLATE_NOOP("ActivityKind", "Capacity building")},
         {ActivityKind::TechnicalAssistance, "technical_assistance",
          QT_TRANSLATE_NOOP("ActivityKind", "Technical assistance")},
         {ActivityKind::Operation, "operation", QT_TRANSLATE_NOOP("ActivityKind", "Operation")},
         {ActivityKind::Stage3Assessment, "stage3_assessment", QT_TRANSLATE_NOOP("ActivityKind", "Stage 3 assessment")})

AD_TABLE(ActivityMode, "ActivityMode", {ActivityMode::OnSite, "on_site", QT_TRANSLATE_NOOP("ActivityMode", "On site")},
         {ActivityMode::Online, "online", QT_TRANSLATE_NOOP("ActivityMode", "Online")})

AD_TABLE(InformChannel, "InformChannel",
         {InformChannel::Letter, "letter", QT_TRANSLATE_NOOP("InformChannel", "Letter")},
         {InformChannel::Email, "email", QT_TRANSLATE_NOOP("InformChannel", "E-mail")},
         {InformChannel::InPerson, "in_person", QT_TRANSLATE_NOOP("InformChannel", "In person")})

AD_TABLE(PersonRole, "PersonRole", {PersonRole::Officer, "officer", QT_TRANSLATE_NOOP("PersonRole", "Officer")},
         {PersonRole::Reviewer, "reviewer", QT_TRANSLATE_NOOP("PersonRole", "Reviewer")},
         {PersonRole::Observer, "observer", QT_TRANSLATE_NOOP("PersonRole", "Observer")})

AD_TABLE(PipelineStep, "PipelineStep",
         {PipelineStep::Selection, "selection", QT_TRANSLATE_NOOP("PipelineStep", "Stage 1, selection")},
         {PipelineStep::Workshop, "workshop", QT_TRANSLATE_NOOP("PipelineStep", "Stage 2, the workshop")},
         {PipelineStep::FieldAssessment, "field_assessment",
          QT_TRANSLATE_NOOP("PipelineStep", "Stage 3, assessment in activities")})
AD_TABLE(ParticipantRole, "ParticipantRole",
         {ParticipantRole::Lead, "lead", QT_TRANSLATE_NOOP("ParticipantRole", "Lead")},
         {ParticipantRole::CoFacilitator, "co_facilitator", QT_TRANSLATE_NOOP("ParticipantRole", "Co-facilitator")},
         {ParticipantRole::Stage3Candidate, "stage3_candidate",
          QT_TRANSLATE_NOOP("ParticipantRole", "Stage 3 candidate")})

AD_TABLE(PoolState, "PoolState", {PoolState::Active, "active", QT_TRANSLATE_NOOP("PoolState", "Active")},
         {PoolState::CommitmentEnded, "commitment_ended", QT_TRANSLATE_NOOP("PoolState", "Commitment ended")},
         {PoolState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("PoolState", "Withdrawn")},
         {PoolState::Retired, "retired", QT_TRANSLATE_NOOP("PoolState", "Retired")})

AD_TABLE(WeekCounting, "WeekCounting",
         {WeekCounting::WorkingDays, "working_days",
          QT_TRANSLATE_NOOP("WeekCounting", "Working days (five make a week)")},
         {WeekCounting::StartedWeeks, "started_weeks",
          QT_TRANSLATE_NOOP("WeekCounting", "A started week counts as a whole week")},
         {WeekCounting::OnlineHalfDays, "online_half_days",
          QT_TRANSLATE_NOOP("WeekCounting", "Working days, a day online counting half")})
AD_TABLE(TextOutcome, "TextOutcome", {TextOutcome::Text, "text", QT_TRANSLATE_NOOP("TextOutcome", "Text indexed")},
         {TextOutcome::NoTextLayer, "no_text_layer",
          QT_TRANSLATE_NOOP("TextOutcome", "No text layer (scan or picture)")},
         {TextOutcome::Unsupported, "unsupported",
          QT_TRANSLATE_NOOP("TextOutcome", "Text not readable from this type")},
         {TextOutcome::Failed, "failed", QT_TRANSLATE_NOOP("TextOutcome", "Text could not be read")})

#undef AD_TABLE

}  // namespace

template<typename E>
QString keyOf(E value)
{
    for (const auto& entry : Table<E>::entries) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template<typename E>
std::optional<E> fromKey(const QString& key)
{
    for (const auto& entry : Table<E>::entries) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename E>
QString labelOf(E value)
{
    for (const auto& entry : Table<E>::entries) {
        if (entry.value == value) {
            return QCoreApplication::translate(Table<E>::context, entry.label);
        }
    }
    return {};
}

template<typename E>
QList<E> allOf()
{
    QList<E> values;
    for (const auto& entry : Table<E>::entries) {
        values.append(entry.value);
    }
    return values;
}

template<typename E>
QString keyList()
{
    QStringList keys;
    for (const auto& entry : Table<E>::entries) {
        keys.append(QString::fromLatin1(entry.key));
    }
    return keys.join(QStringLiteral(", "));
}

#define AD_INSTANTIATE(Enum)                                    \
    template QString keyOf<Enum>(Enum);                         \
    template std::optional<Enum> fromKey<Enum>(const QString&); \
    template QString labelOf<Enum>(Enum);                       \
    template QList<Enum> allOf<Enum>();                         \
    template QString keyList<Enum>();

AD_INSTANTIATE(Stage)
AD_INSTANTIATE(Region)
AD_INSTANTIATE(Gender)
AD_INSTANTIATE(LanguageLevel)
AD_INSTANTIATE(EducationLevel)
AD_INSTANTIATE(AttachmentKind)
AD_INSTANTIATE(CriterionKind)
AD_INSTANTIATE(ActivityKind)
AD_INSTANTIATE(ActivityMode)
AD_INSTANTIATE(InformChannel)
AD_INSTANTIATE(PersonRole)
AD_INSTANTIATE(PipelineStep)
AD_INSTANTIATE(ParticipantRole)
AD_INSTANTIATE(PoolState)
AD_INSTANTIATE(WeekCounting)
AD_INSTANTIATE(TextOutcome)
