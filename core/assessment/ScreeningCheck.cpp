// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScreeningCheck.h"

#include "assessment/AssessmentRecords.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/Score.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace {

bool universityLevel(const std::optional<EducationLevel>& education)
{
    return education && (*education == EducationLevel::Bachelor || *education == EducationLevel::Master ||
                         *education == EducationLevel::Doctorate);
}

// "Proficient" is the CEFR's name for C1 and C2; a native speaker is above them.
bool proficient(const std::optional<LanguageLevel>& level)
{
    return level && (*level == LanguageLevel::C1 || *level == LanguageLevel::C2 || *level == LanguageLevel::Native);
}

constexpr int kRequiredYears = 5;

ScreeningCheck::Requirement judge(const Criterion& criterion, const Candidate& c)
{
    using F = ScreeningCheck::Finding;
    ScreeningCheck::Requirement r{criterion.key, criterion.name, F::Unknown, {}};
    if (criterion.key == QLatin1String("career.customs_5_years")) {
        r.finding = c.yearsInCustoms >= kRequiredYears ? F::Met : F::NotMet;
        r.recorded = c.yearsInCustoms > 0;
        r.reason = ScreeningCheck::tr("%n year(s) in Customs; at least %1 needed.", nullptr, c.yearsInCustoms)
                       .arg(kRequiredYears);
    } else if (criterion.key == QLatin1String("academic.university_or_experience")) {
        const bool degree = universityLevel(c.education);
        const bool years = c.yearsInPublicAdministration >= kRequiredYears;
        r.finding = degree || years ? F::Met : F::NotMet;
        r.recorded = c.education.has_value() || years;
        const QString education = c.education ? labelOf(*c.education) : ScreeningCheck::tr("education not given");
        r.reason = ScreeningCheck::tr("%1 (%2 university level); %n year(s) in public administration (at least %3 "
                                      "needed otherwise).",
                                      nullptr, c.yearsInPublicAdministration)
                       .arg(education, degree ? ScreeningCheck::tr("is") : ScreeningCheck::tr("not"))
                       .arg(kRequiredYears);
    } else if (criterion.key == QLatin1String("language.english")) {
        r.finding = proficient(c.englishLevel) ? F::Met : F::NotMet;
        r.recorded = c.englishLevel.has_value();
        r.reason = c.englishLevel ? ScreeningCheck::tr("English at level %1; proficient means C1, C2 or native.")
                                        .arg(labelOf(*c.englishLevel))
                                  : ScreeningCheck::tr("No English level given; proficient means C1, C2 or native.");
    } else {
        r.reason = ScreeningCheck::tr("The candidate's data do not answer this requirement; the officer judges it.");
    }
    return r;
}

double median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

}  // namespace

ScreeningCheck ScreeningCheck::run(const Candidate& candidate, const CompetenceProfile& profile,
                                   const QList<ConsensusRating>& consensus, const QList<Score>& scores)
{
    ScreeningCheck check;
    check.candidateId = candidate.meta.id;
    check.thresholdPercent = profile.countedThresholdPercent;
    QHash<QString, const ConsensusRating*> agreed;
    for (const ConsensusRating& c : consensus) {
        if (c.candidateId == candidate.meta.id) {
            agreed.insert(c.criterionKey, &c);
        }
    }
    QHash<QString, QList<int>> submitted;
    for (const Score& s : scores) {
        if (s.candidateId == candidate.meta.id && s.isSubmitted() && s.rating) {
            submitted[s.criterionKey].append(*s.rating);
        }
    }
    for (const CriterionGroup& group : profile.groups) {
        for (const Criterion& criterion : group.criteria) {
            if (criterion.kind == CriterionKind::Hard) {
                check.hard.append(judge(criterion, candidate));
                continue;
            }
            if (criterion.kind != CriterionKind::Counted) {
                continue;
            }
            Counted c{criterion.key, criterion.name, false, false, {}};
            if (const ConsensusRating* agreedRating = agreed.value(criterion.key)) {
                c.assessed = true;
                c.met = agreedRating->rating >= CompetenceProfile::kMeetsRating;
                c.basis = (c.met ? tr("Consensus %1: met") : tr("Consensus %1: not met"))
                              .arg(profile.ratingLabel(agreedRating->rating));
            } else if (submitted.contains(criterion.key)) {
                const QList<int> ratings = submitted.value(criterion.key);
                const double m = median(ratings);
                c.assessed = true;
                c.met = m >= CompetenceProfile::kMeetsRating;
                c.basis = (c.met ? tr("Median of %n submitted score(s) %1: met", nullptr, int(ratings.size()))
                                 : tr("Median of %n submitted score(s) %1: not met", nullptr, int(ratings.size())))
                              .arg(QLocale().toString(m, 'g', 3));
            } else {
                c.basis = tr("Not assessed yet: not counted as met");
            }
            check.counted.append(c);
        }
    }
    return check;
}

bool ScreeningCheck::hardRequirementsMet() const
{
    return std::all_of(hard.cbegin(), hard.cend(), [](const Requirement& r) { return r.finding == Finding::Met; });
}

QList<ScreeningCheck::Requirement> ScreeningCheck::contradictions(bool hardMet) const
{
    QList<Requirement> found;
    if (hardMet) {
        for (const Requirement& r : hard) {
            if (r.finding == Finding::NotMet && r.recorded) {
                found.append(r);
            }
        }
    }
    return found;
}

int ScreeningCheck::countedMet() const
{
    return int(std::count_if(counted.cbegin(), counted.cend(), [](const Counted& c) { return c.met; }));
}

Screening ScreeningCheck::proposal() const
{
    Screening s;
    s.candidateId = candidateId;
    s.hardRequirementsMet = hardRequirementsMet();
    s.countedMet = countedMet();
    s.countedTotal = countedTotal();
    return s;
}

Result<Screening> ScreeningCheck::confirmation(std::optional<bool> hardOverride, const QString& reason) const
{
    Screening s = proposal();
    if (hardOverride && *hardOverride != s.hardRequirementsMet) {
        if (reason.trimmed().isEmpty()) {
            return Result<Screening>::failure(
                ErrorCode::Invalid,
                s.hardRequirementsMet
                    ? tr("The pre-check found the hard requirements met; say why you judge them not met.")
                    : tr("The pre-check found a hard requirement not met; say why you judge them met."));
        }
        s.hardRequirementsMet = *hardOverride;
        s.overrideReason = reason.trimmed();
    }
    s.note = reason.trimmed();
    return s;
}

QStringList ScreeningCheck::explanation() const
{
    QStringList lines;
    for (const Requirement& r : hard) {
        lines.append(tr("%1: %2. %3").arg(r.name, findingLabel(r.finding), r.reason));
    }
    for (const Counted& c : counted) {
        lines.append(tr("%1: %2.").arg(c.name, c.basis));
    }
    lines.append(proposal().explanation(thresholdPercent));
    return lines;
}

QString ScreeningCheck::findingLabel(Finding finding)
{
    switch (finding) {
    case Finding::Met:
        return tr("met");
    case Finding::NotMet:
        return tr("not met");
    case Finding::Unknown:
        break;
    }
    return tr("cannot be judged from the data");
}
