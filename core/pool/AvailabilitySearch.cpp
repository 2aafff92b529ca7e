// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/AvailabilitySearch.h"

#include "domain/NameCollation.h"
#include "domain/TextFold.h"

#include <QLocale>

#include <algorithm>

namespace {

QString dates(const QLocale& locale, const QDate& from, const QDate& to)
{
    return AvailabilitySearch::tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                                 locale.toString(to, QLocale::ShortFormat));
}

}  // namespace

Validation AvailabilitySearch::validate(const PlannedActivity& planned)
{
    Validation v;
    if (!planned.from.isValid()) {
        v.add(QStringLiteral("from"), tr("Enter the first day of the planned activity."));
    }
    if (!planned.to.isValid()) {
        v.add(QStringLiteral("to"), tr("Enter the last day of the planned activity."));
    }
    if (planned.from.isValid() && planned.to.isValid() && planned.to < planned.from) {
        v.add(QStringLiteral("to"), tr("The planned activity ends before it starts; check the dates."));
    }
    return v;
}

std::optional<LanguageLevel> AvailabilitySearch::levelIn(const Candidate& candidate, const QString& language)
{
    const QString wanted = TextFold::fold(language.trimmed());
    if (wanted == QLatin1String("english")) {
        return candidate.englishLevel;
    }
    for (const LanguageSkill& skill : candidate.otherLanguages) {
        if (TextFold::fold(skill.language.trimmed()) == wanted) {
            return skill.level;
        }
    }
    return std::nullopt;
}

AvailabilityResult AvailabilitySearch::run(const PlannedActivity& planned, const QList<AccreditedAdvisor>& pool,
                                           WeekCounting rule, const QDate& today)
{
    const QLocale locale;
    AvailabilityResult result;
    const CommitmentSpan span{planned.activityId, planned.from, planned.to, planned.mode};
    for (const AccreditedAdvisor& advisor : pool) {
        QStringList why;
        const PoolState state = advisor.state(today);
        const CommitmentLedger ledger = advisor.ledger(rule, planned.activityId);
        if (state != PoolState::Active) {
            why.append(tr("Not active: %1.").arg(labelOf(state)));
        } else if (!ledger.covers(planned.from, planned.to)) {
            why.append(tr("Their commitment runs from %1 to %2, not over the whole activity.")
                           .arg(locale.toString(ledger.start(), QLocale::ShortFormat),
                                locale.toString(ledger.end(), QLocale::ShortFormat)));
        }
        for (const Unavailability& u : advisor.unavailableDuring(planned.from, planned.to)) {
            why.append(tr("Unavailable %1: %2").arg(dates(locale, u.from, u.to), u.reason));
        }
        for (const Assignment& a : advisor.assignmentsDuring(planned.from, planned.to, planned.activityId)) {
            why.append(tr("On \"%1\" (%2).").arg(a.title, dates(locale, a.from, a.to)));
        }
        const int needed = ledger.costOf(span).inside;
        if (state == PoolState::Active && ledger.covers(planned.from, planned.to) && ledger.leftUnits() < needed) {
            why.append(ledger.leftUnits() == 0
                           ? tr("No weeks left of the %1; only as a voluntary extra.")
                                 .arg(locale.toString(CommitmentLedger::kCommittedWeeks))
                           : tr("The activity counts %1 weeks; %2 left, the rest only as a voluntary extra.")
                                 .arg(CommitmentLedger::weeksText(needed, locale),
                                      CommitmentLedger::weeksText(ledger.leftUnits(), locale)));
        }
        if (!why.isEmpty()) {
            result.excluded.append({advisor, why});
            continue;
        }

        AvailabilityMatch match{advisor, 0, ledger.leftUnits(), {}};
        if (!planned.language.trimmed().isEmpty()) {
            const auto level = levelIn(advisor.candidate, planned.language);
            if (!level) {
                match.score += kMissingLanguage;
                match.reasons.append(tr("Does not list %1 among their languages.").arg(planned.language.trimmed()));
            } else {
                const int points = *level >= LanguageLevel::C1   ? kStrongLanguage
                                   : *level == LanguageLevel::B2 ? kGoodLanguage
                                   : *level == LanguageLevel::B1 ? kSomeLanguage
                                                                 : 0;
                match.score += points;
                match.reasons.append(
                    points >= kGoodLanguage
                        ? tr("Speaks %1 (%2).").arg(planned.language.trimmed(), labelOf(*level))
                        : tr("Speaks %1 only at %2.").arg(planned.language.trimmed(), labelOf(*level)));
            }
        }
        if (planned.region && advisor.candidate.region == planned.region) {
            match.score += kSameRegion;
            match.reasons.append(tr("From the region (%1).").arg(labelOf(*planned.region)));
        }
        // Topics: what they did on earlier activities, or wrote about their IPR experience.
        QString known = TextFold::fold(advisor.candidate.iprExperience);
        int led = 0;
        int recentUnits = 0;
        QList<CommitmentSpan> lastYear;
        for (const Assignment& a : advisor.assignments) {
            if (!a.countsTowardsCommitment() || a.activityId == planned.activityId) {
                continue;
            }
            known += QLatin1Char('\n') + TextFold::fold(a.topics.join(QLatin1Char('\n')));
            if (a.to < planned.from) {
                ++led;
            }
            lastYear.append({a.activityId, a.from, a.to, a.mode});
        }
        recentUnits =
            CommitmentLedger::unitsBetween(lastYear, rule, planned.from.addYears(-1), planned.from.addDays(-1));
        QStringList matched;
        for (const QString& topic : planned.topics) {
            const QString folded = TextFold::fold(topic.trimmed());
            if (!folded.isEmpty() && known.contains(folded) && matched.size() < 3) {
                matched.append(topic.trimmed());
            }
        }
        if (!matched.isEmpty()) {
            match.score += kPerTopic * int(matched.size());
            match.reasons.append(tr("Experience in %1.").arg(matched.join(QStringLiteral(", "))));
        }
        if (led > 0) {
            match.score += kPerActivity * qMin(led, 4);
            match.reasons.append(tr("Led or co-facilitated %Ln activities before.", nullptr, led));
        } else {
            match.reasons.append(tr("No activity as an advisor yet."));
        }
        match.score += kPerWeekLeft * (match.leftUnits / CommitmentLedger::kUnitsPerWeek);
        match.reasons.append(tr("%1 of %2 weeks left.")
                                 .arg(CommitmentLedger::weeksText(match.leftUnits, locale),
                                      locale.toString(CommitmentLedger::kCommittedWeeks)));
        if (recentUnits > 0) {
            match.score += kPerRecentWeek *
                           ((recentUnits + CommitmentLedger::kUnitsPerWeek - 1) / CommitmentLedger::kUnitsPerWeek);
            match.reasons.append(
                tr("%1 weeks on activities in the year before.").arg(CommitmentLedger::weeksText(recentUnits, locale)));
        } else {
            match.reasons.append(tr("No activity in the year before: the load is spread."));
        }
        result.ranked.append(match);
    }
    const NameCollation names;
    const auto nameOf = [](const AccreditedAdvisor& a) {
        return NameCollation::personText(a.candidate.familyName, a.candidate.givenNames);
    };
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [&](const AvailabilityMatch& a, const AvailabilityMatch& b) {
                         if (a.score != b.score) {
                             return a.score > b.score;
                         }
                         if (a.leftUnits != b.leftUnits) {
                             return a.leftUnits > b.leftUnits;
                         }
                         return names.compare(nameOf(a.advisor), nameOf(b.advisor)) < 0;
                     });
    std::stable_sort(result.excluded.begin(), result.excluded.end(),
                     [&](const AvailabilityExclusion& a, const AvailabilityExclusion& b) {
                         return names.compare(nameOf(a.advisor), nameOf(b.advisor)) < 0;
                     });
    return result;
}
