// SPDX-License-Identifier: GPL-3.0-or-later
// Finding who is free: who is left out and why, at the edges of dates, and how the
// matches are ranked, each with its reasons.
#include "pool/AvailabilitySearch.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QLocale>
#include <QTest>

namespace {

const QDate kToday(2025, 3, 1);

AccreditedAdvisor advisor(const QString& name, Region region = Region::Europe)
{
    AccreditedAdvisor a;
    a.candidate = TestSupport::sampleCandidate(name);
    a.candidate.meta.id = QUuid::createUuid();
    a.candidate.stage = Stage::Accredited;
    a.candidate.region = region;
    a.candidate.iprExperience.clear();
    a.accreditedOn = QDate(2024, 4, 17);
    return a;
}

Assignment assignment(const QString& title, const QDate& from, const QDate& to, const QStringList& topics = {})
{
    return {QUuid::createUuid(), title, from, to, ActivityMode::OnSite, ParticipantRole::Lead, false, topics};
}

/// Monday 12 to Friday 16 May 2025, in French, in Europe, on e-commerce.
PlannedActivity planned()
{
    PlannedActivity p;
    p.from = QDate(2025, 5, 12);
    p.to = QDate(2025, 5, 16);
    p.language = QStringLiteral("French");
    p.region = Region::Europe;
    p.topics = {QStringLiteral("e-commerce")};
    return p;
}

const AvailabilityExclusion* excluded(const AvailabilityResult& result, const QString& name)
{
    for (const AvailabilityExclusion& e : result.excluded) {
        if (e.advisor.candidate.familyName == name) {
            return &e;
        }
    }
    return nullptr;
}

QStringList rankedNames(const AvailabilityResult& result)
{
    QStringList names;
    for (const AvailabilityMatch& m : result.ranked) {
        names.append(m.advisor.candidate.familyName);
    }
    return names;
}

}  // namespace

class TestAvailabilitySearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void everyoneLeftOutIsListedWithWhy()
    {
        QList<AccreditedAdvisor> pool;
        pool.append(advisor(QStringLiteral("Free")));
        AccreditedAdvisor onLeave = advisor(QStringLiteral("OnLeave"));
        onLeave.unavailability.append(
            {{}, onLeave.candidate.meta.id, QDate(2025, 5, 16), QDate(2025, 5, 30), QStringLiteral("Annual leave")});
        pool.append(onLeave);
        AccreditedAdvisor busy = advisor(QStringLiteral("Busy"));
        busy.assignments.append(assignment(QStringLiteral("Seminar in Lomé"), QDate(2025, 5, 5), QDate(2025, 5, 12)));
        pool.append(busy);
        AccreditedAdvisor ended = advisor(QStringLiteral("Ended"));
        ended.accreditedOn = QDate(2021, 1, 4);
        pool.append(ended);
        AccreditedAdvisor retired = advisor(QStringLiteral("Retired"));
        retired.candidate.stage = Stage::Retired;
        pool.append(retired);
        AccreditedAdvisor endsMidway = advisor(QStringLiteral("Midway"));
        endsMidway.accreditedOn = QDate(2022, 5, 14);  // last day Wednesday 14 May 2025
        pool.append(endsMidway);
        AccreditedAdvisor full = advisor(QStringLiteral("Full"));
        full.assignments.append(assignment(QStringLiteral("Long mission"), QDate(2024, 6, 3), QDate(2024, 8, 23)));
        pool.append(full);
        AccreditedAdvisor almost = advisor(QStringLiteral("Almost"));  // 11.6 weeks used
        almost.assignments.append(assignment(QStringLiteral("Long mission"), QDate(2024, 6, 3), QDate(2024, 8, 21)));
        pool.append(almost);

        const AvailabilityResult result = AvailabilitySearch::run(planned(), pool, WeekCounting::WorkingDays, kToday);
        QCOMPARE(rankedNames(result), QStringList{QStringLiteral("Free")});
        QCOMPARE(result.excluded.size(), 7);
        QVERIFY(excluded(result, QStringLiteral("OnLeave"))->reasons.first().contains(QStringLiteral("Annual leave")));
        QVERIFY(excluded(result, QStringLiteral("Busy"))->reasons.first().contains(QStringLiteral("Seminar in Lomé")));
        QVERIFY(
            excluded(result, QStringLiteral("Ended"))->reasons.first().contains(QStringLiteral("Commitment ended")));
        QVERIFY(excluded(result, QStringLiteral("Retired"))->reasons.first().contains(QStringLiteral("Retired")));
        QVERIFY(excluded(result, QStringLiteral("Midway"))->reasons.first().contains(QStringLiteral("14/05/2025")));
        QVERIFY(excluded(result, QStringLiteral("Full"))->reasons.first().contains(QStringLiteral("No weeks left")));
        const QString almostWhy = excluded(result, QStringLiteral("Almost"))->reasons.first();
        QVERIFY2(almostWhy.contains(QStringLiteral("counts 1 weeks; 0.4 left")), qPrintable(almostWhy));
        // Excluded are in name order, and someone with two reasons shows both.
        QCOMPARE(result.excluded.first().advisor.candidate.familyName, QStringLiteral("Almost"));
        AccreditedAdvisor both = busy;
        both.unavailability = onLeave.unavailability;
        const auto twice = AvailabilitySearch::run(planned(), {both}, WeekCounting::WorkingDays, kToday);
        QCOMPARE(twice.excluded.first().reasons.size(), 2);
    }

    void datesTouchingTheActivityAreTheEdge()
    {
        AccreditedAdvisor before = advisor(QStringLiteral("Before"));
        before.unavailability.append(
            {{}, before.candidate.meta.id, QDate(2025, 5, 1), QDate(2025, 5, 11), QStringLiteral("Leave")});
        before.assignments.append(assignment(QStringLiteral("Earlier"), QDate(2025, 5, 5), QDate(2025, 5, 9)));
        AccreditedAdvisor after = advisor(QStringLiteral("After"));
        after.assignments.append(assignment(QStringLiteral("Later"), QDate(2025, 5, 17), QDate(2025, 5, 20)));
        AccreditedAdvisor lastDay = advisor(QStringLiteral("LastDay"));
        lastDay.unavailability.append(
            {{}, lastDay.candidate.meta.id, QDate(2025, 5, 16), QDate(2025, 5, 16), QStringLiteral("Home duty")});
        const auto result =
            AvailabilitySearch::run(planned(), {before, after, lastDay}, WeekCounting::WorkingDays, kToday);
        QCOMPARE(result.ranked.size(), 2);
        QCOMPARE(result.excluded.size(), 1);
        QCOMPARE(result.excluded.first().advisor.candidate.familyName, QStringLiteral("LastDay"));
        // Searching for an activity already recorded: its own participants are not "busy" with it.
        PlannedActivity again = planned();
        const Assignment own = assignment(QStringLiteral("This one"), again.from, again.to);
        again.activityId = own.activityId;
        AccreditedAdvisor assigned = advisor(QStringLiteral("Assigned"));
        assigned.assignments.append(own);
        QCOMPARE(AvailabilitySearch::run(again, {assigned}, WeekCounting::WorkingDays, kToday).ranked.size(), 1);
    }

    void rankedByFitWithReasons()
    {
        AccreditedAdvisor expert = advisor(QStringLiteral("Expert"));
        expert.assignments.append(assignment(QStringLiteral("E-commerce seminar"), QDate(2024, 5, 6), QDate(2024, 5, 8),
                                             {QStringLiteral("E-Commerce")}));
        AccreditedAdvisor noFrench = advisor(QStringLiteral("NoFrench"));
        noFrench.candidate.otherLanguages = {{QStringLiteral("Dutch"), LanguageLevel::Native}};
        AccreditedAdvisor elsewhere = advisor(QStringLiteral("Elsewhere"), Region::AsiaPacific);
        AccreditedAdvisor local = advisor(QStringLiteral("Local"));
        const auto result =
            AvailabilitySearch::run(planned(), {noFrench, elsewhere, local, expert}, WeekCounting::WorkingDays, kToday);
        QCOMPARE(rankedNames(result), (QStringList{QStringLiteral("Expert"), QStringLiteral("Local"),
                                                   QStringLiteral("Elsewhere"), QStringLiteral("NoFrench")}));
        const QStringList expertWhy = result.ranked.first().reasons;
        QVERIFY(expertWhy.contains(QStringLiteral("Speaks French (C1 (proficient)).")));
        QVERIFY(expertWhy.contains(QStringLiteral("From the region (Europe).")));
        QVERIFY(expertWhy.contains(QStringLiteral("Experience in e-commerce.")));
        QVERIFY(expertWhy.contains(QStringLiteral("Led or co-facilitated 1 activities before.")) ||
                expertWhy.contains(QStringLiteral("Led or co-facilitated 1 activity before.")));
        QVERIFY(expertWhy.contains(QStringLiteral("11.4 of 12 weeks left.")));
        QVERIFY(result.ranked.last().reasons.contains(QStringLiteral("Does not list French among their languages.")));
        QVERIFY(result.ranked.at(1).reasons.contains(QStringLiteral("No activity as an advisor yet.")));
        QVERIFY(result.ranked.at(1).score > result.ranked.at(2).score);  // region
    }

    void theLoadIsSpread()
    {
        // Equal in everything but the year before: who worked less ranks first.
        AccreditedAdvisor rested = advisor(QStringLiteral("Rested"));
        rested.assignments.append(assignment(QStringLiteral("Old"), QDate(2024, 4, 22), QDate(2024, 4, 26)));
        AccreditedAdvisor loaded = advisor(QStringLiteral("Loaded"));
        loaded.assignments.append(assignment(QStringLiteral("Recent"), QDate(2025, 3, 3), QDate(2025, 3, 7)));
        PlannedActivity p = planned();
        p.from = QDate(2025, 5, 26);  // 2024-04-22 is more than a year before
        p.to = QDate(2025, 5, 30);
        const auto result = AvailabilitySearch::run(p, {loaded, rested}, WeekCounting::WorkingDays, kToday);
        QCOMPARE(rankedNames(result), (QStringList{QStringLiteral("Rested"), QStringLiteral("Loaded")}));
        QVERIFY(result.ranked.last().reasons.contains(QStringLiteral("1 weeks on activities in the year before.")));
        QVERIFY(result.ranked.first().reasons.contains(
            QStringLiteral("No activity in the year before: the load is spread.")));
    }

    void languagesAreMatchedWithoutCaseOrAccents()
    {
        Candidate c = TestSupport::sampleCandidate(QStringLiteral("X"));
        c.otherLanguages = {{QStringLiteral("Français"), LanguageLevel::B2}};
        QCOMPARE(AvailabilitySearch::levelIn(c, QStringLiteral("francais")), std::optional(LanguageLevel::B2));
        QCOMPARE(AvailabilitySearch::levelIn(c, QStringLiteral("ENGLISH")), std::optional(LanguageLevel::C1));
        QVERIFY(!AvailabilitySearch::levelIn(c, QStringLiteral("Spanish")));
    }

    void aRequestWithoutDatesIsRefused()
    {
        PlannedActivity p;
        QVERIFY(!AvailabilitySearch::validate(p).ok());
        p = planned();
        QVERIFY(AvailabilitySearch::validate(p).ok());
        std::swap(p.from, p.to);
        QCOMPARE(AvailabilitySearch::validate(p).problems().first().field, QStringLiteral("to"));
    }
};

AD_TEST_GUILESS_MAIN(TestAvailabilitySearch)
#include "TestAvailabilitySearch.moc"
