// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CompetenceProfile.h"

#include <QSet>

int CompetenceProfile::criterionCount(CriterionKind kind) const
{
    int count = 0;
    for (const auto& group : groups) {
        for (const auto& criterion : group.criteria) {
            count += criterion.kind == kind ? 1 : 0;
        }
    }
    return count;
}

int CompetenceProfile::countedRequired() const
{
    // "More than N %": the smallest whole number strictly above the share.
    const int total = criterionCount(CriterionKind::Counted);
    return total * countedThresholdPercent / 100 + 1;
}

const Criterion* CompetenceProfile::criterion(const QString& key) const
{
    for (const auto& group : groups) {
        for (const auto& item : group.criteria) {
            if (item.key == key) {
                return &item;
            }
        }
    }
    return nullptr;
}

int CompetenceProfile::maxRating() const
{
    return scale.isEmpty() ? 0 : scale.last().rating;
}

QString CompetenceProfile::ratingLabel(int rating, CriterionKind kind) const
{
    if (kind == CriterionKind::Hard) {
        return rating >= 1 ? tr("1 – Met") : tr("0 – Not met");
    }
    for (const ScaleLevel& level : scale) {
        if (level.rating == rating) {
            return tr("%1 – %2").arg(rating).arg(level.label);
        }
    }
    return QString::number(rating);
}

Status CompetenceProfile::checkRating(int rating, CriterionKind kind, const QString& criterionName) const
{
    if (kind == CriterionKind::Hard && (rating < 0 || rating > 1)) {
        return Status::failure(ErrorCode::Invalid,
                               tr("\"%1\" is a hard requirement: rate it 1 (met) or 0 (not met).").arg(criterionName));
    }
    if (rating < 0 || rating > maxRating()) {
        return Status::failure(
            ErrorCode::Invalid,
            tr("Rate \"%1\" from 0 to %2 on the profile's scale.").arg(criterionName).arg(maxRating()));
    }
    return Status::success();
}

QList<ScaleLevel> CompetenceProfile::defaultScale()
{
    return {{0, tr("Not demonstrated"), tr("No evidence of the competence in the application or the assessment.")},
            {1, tr("Partly"), tr("Some evidence, but short of what the criterion asks.")},
            {2, tr("Meets"), tr("Clear evidence that the candidate meets the criterion.")},
            {3, tr("Exceeds"), tr("Evidence beyond what the criterion asks, in more than one setting.")},
            {4, tr("Outstanding"), tr("Exceptional evidence; the candidate could teach this to others.")}};
}

Validation CompetenceProfile::validate() const
{
    Validation v;
    if (version < 1) {
        v.add(QStringLiteral("version"), tr("The profile version must be 1 or more."));
    }
    if (title.trimmed().isEmpty()) {
        v.add(QStringLiteral("title"), tr("Give the competence profile a title."));
    }
    if (countedThresholdPercent < 1 || countedThresholdPercent > 99) {
        v.add(QStringLiteral("threshold"),
              tr("The share of counted criteria to meet must be between 1 and 99 percent."));
    }
    if (scale.size() < 2 || scale.size() > 5) {
        v.add(QStringLiteral("scale"), tr("The rating scale needs 2 to 5 levels."));
    }
    for (int i = 0; i < scale.size(); ++i) {
        if (scale.at(i).rating != i || scale.at(i).label.trimmed().isEmpty()) {
            v.add(QStringLiteral("scale"), tr("The scale's levels go 0, 1, 2… in order, each with a label."));
            break;
        }
    }
    if (groups.isEmpty()) {
        v.add(QStringLiteral("groups"), tr("A competence profile needs at least one group of criteria."));
    }
    QSet<QString> groupKeys;
    QSet<QString> criterionKeys;
    for (const auto& group : groups) {
        if (group.key.isEmpty() || group.name.trimmed().isEmpty()) {
            v.add(QStringLiteral("groups"), tr("Every group needs a key and a name."));
        }
        if (groupKeys.contains(group.key)) {
            v.add(QStringLiteral("groups"), tr("The group key \"%1\" is used twice.").arg(group.key));
        }
        groupKeys.insert(group.key);
        if (group.criteria.isEmpty()) {
            v.add(QStringLiteral("groups"), tr("The group \"%1\" has no criteria.").arg(group.name));
        }
        for (const auto& criterion : group.criteria) {
            if (criterion.key.isEmpty() || criterion.name.trimmed().isEmpty()) {
                v.add(QStringLiteral("criteria"), tr("Every criterion needs a key and a name."));
            }
            if (criterionKeys.contains(criterion.key)) {
                v.add(QStringLiteral("criteria"), tr("The criterion key \"%1\" is used twice.").arg(criterion.key));
            }
            criterionKeys.insert(criterion.key);
        }
    }
    if (!groups.isEmpty() && criterionCount(CriterionKind::Counted) == 0) {
        v.add(QStringLiteral("criteria"), tr("A profile needs at least one counted criterion."));
    }
    return v;
}

CompetenceProfile CompetenceProfile::call2023()
{
    // Short names of the criteria of section 3 of the 2023 call, grouped as the call
    // groups them. Hard requirements and advantages follow our reading in domain.md.
    using K = CriterionKind;
    const auto c = [](const char* key, const char* name, K kind = K::Counted) {
        return Criterion{QString::fromLatin1(key), tr(name), kind};
    };
    CompetenceProfile p;
    p.version = 1;
    p.title = tr("IPR TOA competence profile (2023 call)");
    p.adoptedOn = QDate(2023, 6, 1);
    p.countedThresholdPercent = 50;
    p.groups = {
        {QStringLiteral("personal"),
         tr("Personal Skills"),
         {c("personal.interpersonal", QT_TR_NOOP("Interpersonal and communication skills")),
          c("personal.suitability", QT_TR_NOOP("Suitability for international development work")),
          c("personal.social_methodological", QT_TR_NOOP("Social and methodological skills"))}},
        {QStringLiteral("academic"),
         tr("Academic Background"),
         {c("academic.university_or_experience", QT_TR_NOOP("University education or 5 years in public administration"),
            K::Hard),
          c("academic.postgraduate", QT_TR_NOOP("Post-graduate degree"), K::Advantage)}},
        {QStringLiteral("career"),
         tr("Professional Career Expertise"),
         {c("career.customs_5_years", QT_TR_NOOP("At least 5 years in a Customs administration"), K::Hard),
          c("career.modernization", QT_TR_NOOP("Customs modernization experience")),
          c("career.ipr_knowledge", QT_TR_NOOP("Knowledge of IPR")),
          c("career.ipr_trends", QT_TR_NOOP("Current IPR developments and trends")),
          c("career.advisor", QT_TR_NOOP("Advisor, facilitator or mentor experience"))}},
        {QStringLiteral("wco"),
         tr("Knowledge of WCO Standards and Instruments"),
         {c("wco.strategies", QT_TR_NOOP("WCO strategies and instruments")),
          c("wco.enforcement_tools", QT_TR_NOOP("Enforcement issues and WCO risk tools")),
          c("wco.ipr_tools", QT_TR_NOOP("Recent WCO IPR tools")),
          c("wco.trips", QT_TR_NOOP("International IPR standards (TRIPS)")),
          c("wco.ipr_data_analysis", QT_TR_NOOP("IPR data analysis"), K::Advantage),
          c("wco.cencomm", QT_TR_NOOP("IPR CENcomm tool")),
          c("wco.cen_visualisation", QT_TR_NOOP("CEN data visualisation tools")),
          c("wco.port_risk", QT_TR_NOOP("Port and airport risk assessment")),
          c("wco.risk_techniques", QT_TR_NOOP("IPR risk assessment techniques")),
          c("wco.transport_documents", QT_TR_NOOP("Transport modes, trade and Customs documents")),
          c("wco.fraud_trends", QT_TR_NOOP("Trends in IPR fraud and crime")),
          c("wco.international_debate", QT_TR_NOOP("International IPR discussions")),
          c("wco.capacity_challenges", QT_TR_NOOP("Capacity-building challenges in counterfeiting"))}},
        {QStringLiteral("international"),
         tr("International Experience"),
         {c("international.cultures", QT_TR_NOOP("Work in different cultures"))}},
        {QStringLiteral("vocational"),
         tr("Vocational Skills"),
         {c("vocational.senior_engagement", QT_TR_NOOP("Engaging senior managers and stakeholders")),
          c("vocational.facilitation", QT_TR_NOOP("Facilitating reform discussions")),
          c("vocational.teamwork_writing", QT_TR_NOOP("Teamwork and clear writing")),
          c("vocational.analysis_it", QT_TR_NOOP("Analysis, reporting and office IT")),
          c("vocational.online_platforms", QT_TR_NOOP("Online meeting and training platforms"))}},
        {QStringLiteral("language"),
         tr("Language Skills"),
         {c("language.english", QT_TR_NOOP("Proficient English"), K::Hard),
          c("language.additional", QT_TR_NOOP("Additional languages"), K::Advantage)}},
    };
    return p;
}
