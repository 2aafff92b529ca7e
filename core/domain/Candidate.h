// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A person nominated by a Customs administration who applies for accreditation, with the
// facts of the application form that Stage 1 screens.

#include "Clock.h"
#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct LanguageSkill {
    QString language;
    LanguageLevel level = LanguageLevel::B1;

    bool operator==(const LanguageSkill& other) const { return language == other.language && level == other.level; }
};

class Candidate
{
    Q_DECLARE_TR_FUNCTIONS(Candidate)

public:
    RecordMeta meta;

    QString familyName;
    QString givenNames;
    Gender gender = Gender::Undisclosed;
    QDate dateOfBirth;  ///< invalid when not given
    QString nationality;
    QString administration;  ///< the nominating Customs administration
    std::optional<Region> region;
    QString position;
    QString email;
    QString phone;
    std::optional<EducationLevel> education;
    int yearsInCustoms = 0;
    int yearsInPublicAdministration = 0;
    std::optional<LanguageLevel> englishLevel;
    QList<LanguageSkill> otherLanguages;
    QString iprExperience;
    bool consentToKeepData = false;
    QDate applicationDate;

    /// Where the candidate stands; changed only by recording a StageDecision.
    Stage stage = Stage::Applied;
    /// When the record was archived (hidden from the list, recoverable); invalid when not.
    QDateTime archivedAt;

    /// When the person's data was erased, leaving an anonymous placeholder; invalid when not.
    QDateTime erasedAt;

    bool isArchived() const { return archivedAt.isValid(); }
    bool isErased() const { return erasedAt.isValid(); }

    /// "Family, Given" as lists sort people.
    QString sortName() const;
    /// "Given Family" as letters address people.
    QString displayName() const;

    /// The searchable fields folded (accents and case ignored), as the store indexes them.
    QString searchText() const;

    /// Every broken rule, field by field. `today` bounds dates (a seam for tests).
    Validation validate(const QDate& today = Clock::today()) const;
};
