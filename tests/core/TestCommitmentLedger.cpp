// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of the twelve-weeks-in-three-years commitment at its edges: the end of
// the period, each week-counting rule, overlapping activities, periods that cross the
// start or end of the commitment, leap years, and the 12th and 13th week.
#include "pool/AccreditedAdvisor.h"
#include "domain/Activity.h"
#include "pool/CommitmentLedger.h"
#include "pool/PoolStatistics.h"
#include "TestSupport.h"
#include "TestMain.h"

#include <QLocale>
#include <QTest>

namespace {

const QDate kAccredited(2023, 10, 13);  // a Friday

CommitmentSpan span(const QDate& from, const QDate& to, ActivityMode mode = ActivityMode::OnSite)
{
    return {QUuid::createUuid(), from, to, mode};
}

/// `weeks` whole working weeks, Monday to Friday, from the Monday `first`.
QList<CommitmentSpan> weeksFrom(const QDate& first, int weeks)
{
    QList<CommitmentSpan> spans;
    for (int w = 0; w < weeks; ++w) {
        spans.append(span(first.addDays(7 * w), first.addDays(7 * w + 4)));
    }
    return spans;
}

int units(const QList<CommitmentSpan>& spans, WeekCounting rule = WeekCounting::WorkingDays)
{
    return CommitmentLedger(kAccredited, spans, rule).usedUnits();
}

}  // namespace

class TestCommitmentLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void theEndOfThePeriod_data()
    {
        QTest::addColumn<QDate>("accredited");
        QTest::addColumn<QDate>("end");
        QTest::newRow("the issue's example") << QDate(2023, 10, 13) << QDate(2026, 10, 13);
        QTest::newRow("29 February ends on 28 February") << QDate(2024, 2, 29) << QDate(2027, 2, 28);
        QTest::newRow("28 February before a leap year") << QDate(2025, 2, 28) << QDate(2028, 2, 28);
        QTest::newRow("1 March after a leap day") << QDate(2024, 3, 1) << QDate(2027, 3, 1);
        QTest::newRow("31 December") << QDate(2023, 12, 31) << QDate(2026, 12, 31);
        QTest::newRow("not accredited") << QDate() << QDate();
    }

    void theEndOfThePeriod()
    {
        QFETCH(QDate, accredited);
        QFETCH(QDate, end);
        QCOMPARE(CommitmentLedger::periodEnd(accredited), end);
        const CommitmentLedger ledger(accredited, {}, WeekCounting::WorkingDays);
        QCOMPARE(ledger.end(), end);
        if (accredited.isValid()) {
            QVERIFY(ledger.covers(accredited, end));  // both ends belong to the period
            QVERIFY(!ledger.covers(accredited.addDays(-1), end));
            QVERIFY(!ledger.covers(accredited, end.addDays(1)));
        }
    }

    void theIssuesExampleReadsAsWritten()
    {
        const CommitmentLedger ledger(kAccredited, weeksFrom(QDate(2023, 10, 16), 5), WeekCounting::WorkingDays);
        QCOMPARE(ledger.summaryIso(QLocale()), QStringLiteral("5 / 12 weeks, until 2026-10-13"));
        QCOMPARE(ledger.summary(QLocale()), QStringLiteral("5 / 12 weeks, until 13/10/2026"));
        QCOMPARE(ledger.leftUnits(), 7 * CommitmentLedger::kUnitsPerWeek);
    }

    void partWeeksUnderEachRule_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("expected");  // units: a working day is 2, a week 10
        const int onSite = int(ActivityMode::OnSite);
        const int online = int(ActivityMode::Online);
        const int working = int(WeekCounting::WorkingDays);
        const int started = int(WeekCounting::StartedWeeks);
        const int halves = int(WeekCounting::OnlineHalfDays);
        // 2024-03-18 is a Monday.
        QTest::newRow("working: Mon-Sun is one week")
            << working << QDate(2024, 3, 18) << QDate(2024, 3, 24) << onSite << 10;
        QTest::newRow("working: Wed-Fri is 0.6") << working << QDate(2024, 3, 20) << QDate(2024, 3, 22) << onSite << 6;
        QTest::newRow("working: a weekend counts nothing")
            << working << QDate(2024, 3, 23) << QDate(2024, 3, 24) << onSite << 0;
        QTest::newRow("working: online counts in full")
            << working << QDate(2024, 3, 18) << QDate(2024, 3, 22) << online << 10;
        QTest::newRow("started: Thu-Tue touches two weeks")
            << started << QDate(2024, 3, 21) << QDate(2024, 3, 26) << onSite << 20;
        QTest::newRow("started: one day is a week")
            << started << QDate(2024, 3, 20) << QDate(2024, 3, 20) << onSite << 10;
        QTest::newRow("started: a Saturday is a week")
            << started << QDate(2024, 3, 23) << QDate(2024, 3, 23) << onSite << 10;
        QTest::newRow("started: across the new year")
            << started << QDate(2024, 12, 30) << QDate(2025, 1, 3) << onSite << 10;
        QTest::newRow("halves: online week is half")
            << halves << QDate(2024, 3, 18) << QDate(2024, 3, 22) << online << 5;
        QTest::newRow("halves: on site in full") << halves << QDate(2024, 3, 18) << QDate(2024, 3, 22) << onSite << 10;
        QTest::newRow("halves: one online day") << halves << QDate(2024, 3, 19) << QDate(2024, 3, 19) << online << 1;
    }

    void partWeeksUnderEachRule()
    {
        QFETCH(int, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, mode);
        QFETCH(int, expected);
        QCOMPARE(units({span(from, to, ActivityMode(mode))}, WeekCounting(rule)), expected);
    }

    void overlappingActivitiesCountOnce()
    {
        // Mon-Wed and Tue-Fri of one week: five days, not seven.
        const QList<CommitmentSpan> spans = {span(QDate(2024, 3, 18), QDate(2024, 3, 20)),
                                             span(QDate(2024, 3, 19), QDate(2024, 3, 22))};
        QCOMPARE(units(spans), 10);
        QCOMPARE(units(spans, WeekCounting::StartedWeeks), 10);
        // The same activity twice is still one.
        QCOMPARE(units({spans.first(), spans.first()}), 6);
        // A day online and on site at once counts as the heavier, once.
        const QList<CommitmentSpan> mixed = {span(QDate(2024, 3, 18), QDate(2024, 3, 19), ActivityMode::Online),
                                             span(QDate(2024, 3, 19), QDate(2024, 3, 19))};
        QCOMPARE(units(mixed, WeekCounting::OnlineHalfDays), 1 + 2);
    }

    void periodsThatCrossTheEndOrTheStart()
    {
        // Mon 12 to Fri 16 October 2026: the 12th and 13th are within, three days outside.
        const CommitmentLedger end(kAccredited, {span(QDate(2026, 10, 12), QDate(2026, 10, 16))},
                                   WeekCounting::WorkingDays);
        QCOMPARE(end.usedUnits(), 4);
        QCOMPARE(end.outsideUnits(), 6);
        QCOMPARE(end.extraUnits(), 6);
        QCOMPARE(end.summaryIso(QLocale()), QStringLiteral("0.4 / 12 weeks + 0.6 voluntary, until 2026-10-13"));
        // Wed 11 to Tue 17 October 2023: accredited on Friday 13th, so Fri, Mon, Tue count.
        const CommitmentLedger start(kAccredited, {span(QDate(2023, 10, 11), QDate(2023, 10, 17))},
                                     WeekCounting::WorkingDays);
        QCOMPARE(start.usedUnits(), 6);
        QCOMPARE(start.outsideUnits(), 4);
        // Under "started weeks" the week of the end counts within and, for its days after, outside.
        const CommitmentLedger started(kAccredited, {span(QDate(2026, 10, 12), QDate(2026, 10, 16))},
                                       WeekCounting::StartedWeeks);
        QCOMPARE(started.usedUnits(), 10);
        QCOMPARE(started.outsideUnits(), 10);
    }

    void leapYears()
    {
        // Accredited on Thursday 29 February 2024: the leap day is a working day of the period.
        const QDate leapDay(2024, 2, 29);
        const CommitmentLedger first(leapDay, {span(QDate(2024, 2, 26), QDate(2024, 3, 1))}, WeekCounting::WorkingDays);
        QCOMPARE(first.usedUnits(), 4);  // Thu 29, Fri 1
        QCOMPARE(first.outsideUnits(), 6);  // Mon 26 to Wed 28, before the accreditation
        // The period ends on Sunday 28 February 2027: Friday 26th is the last working day in it.
        const CommitmentLedger last(leapDay, {span(QDate(2027, 2, 26), QDate(2027, 3, 1))}, WeekCounting::WorkingDays);
        QCOMPARE(last.end(), QDate(2027, 2, 28));
        QCOMPARE(last.usedUnits(), 2);
        QCOMPARE(last.outsideUnits(), 2);
        // A week over 29 February 2028 (outside a 2024 period, inside a 2025 one) is five days.
        const CommitmentLedger later(QDate(2025, 6, 2), {span(QDate(2028, 2, 28), QDate(2028, 3, 3))},
                                     WeekCounting::WorkingDays);
        QCOMPARE(later.usedUnits(), 10);
    }

    void theTwelfthAndTheThirteenthWeek()
    {
        const QDate monday(2024, 1, 8);
        const CommitmentLedger eleven(kAccredited, weeksFrom(monday, 11), WeekCounting::WorkingDays);
        QCOMPARE(eleven.leftUnits(), 10);
        const auto twelfth = eleven.costOf(span(QDate(2024, 6, 3), QDate(2024, 6, 7)));
        QCOMPARE(twelfth.inside, 10);
        QCOMPARE(twelfth.beyond, 0);  // the twelfth week fits exactly
        const CommitmentLedger twelve(kAccredited, weeksFrom(monday, 12), WeekCounting::WorkingDays);
        QCOMPARE(twelve.leftUnits(), 0);
        QCOMPARE(twelve.summaryIso(QLocale()), QStringLiteral("12 / 12 weeks, until 2026-10-13"));
        const auto thirteenth = twelve.costOf(span(QDate(2024, 6, 3), QDate(2024, 6, 7)));
        QCOMPARE(thirteenth.beyond, 10);
        // One day of the thirteenth week is already beyond.
        QCOMPARE(twelve.costOf(span(QDate(2024, 6, 3), QDate(2024, 6, 3))).beyond, 2);
        // A day that is already counted costs nothing, even at twelve weeks.
        QCOMPARE(twelve.costOf(span(monday, monday)).beyond, 0);
        const CommitmentLedger thirteen(kAccredited, weeksFrom(monday, 13), WeekCounting::WorkingDays);
        QCOMPARE(thirteen.beyondUnits(), 10);
        QCOMPARE(thirteen.committedUsedUnits(), CommitmentLedger::kCommittedUnits);
        QCOMPARE(thirteen.summaryIso(QLocale()), QStringLiteral("12 / 12 weeks + 1 voluntary, until 2026-10-13"));
        // 11.6 weeks used: a one-week activity goes 0.6 beyond.
        QList<CommitmentSpan> partial = weeksFrom(monday, 11);
        partial.append(span(QDate(2024, 5, 27), QDate(2024, 5, 29)));
        const CommitmentLedger almost(kAccredited, partial, WeekCounting::WorkingDays);
        QCOMPARE(almost.leftUnits(), 4);
        QCOMPARE(almost.costOf(span(QDate(2024, 6, 3), QDate(2024, 6, 7))).beyond, 6);
    }

    void weeksAreWrittenWithTheLocale()
    {
        QCOMPARE(CommitmentLedger::weeksText(45, QLocale(QLocale::English)), QStringLiteral("4.5"));
        QCOMPARE(CommitmentLedger::weeksText(45, QLocale(QLocale::French)), QStringLiteral("4,5"));
        QCOMPARE(CommitmentLedger::weeksText(120, QLocale(QLocale::English)), QStringLiteral("12"));
        QCOMPARE(CommitmentLedger::weeksText(1, QLocale(QLocale::English)), QStringLiteral("0.1"));
    }

    void statesAndLeavingThePool()
    {
        AccreditedAdvisor advisor;
        advisor.candidate = TestSupport::sampleCandidate(QStringLiteral("Sato"));
        advisor.candidate.stage = Stage::Accredited;
        advisor.accreditedOn = kAccredited;
        QCOMPARE(advisor.state(QDate(2026, 10, 13)), PoolState::Active);
        QCOMPARE(advisor.state(QDate(2026, 10, 14)), PoolState::CommitmentEnded);  // without a decision too
        QVERIFY(!advisor.leavesWithin(QDate(2026, 4, 12)).isValid());
        QCOMPARE(advisor.leavesWithin(QDate(2026, 4, 13)), QDate(2026, 10, 13));  // six months ahead, to the day
        QCOMPARE(advisor.leavesWithin(QDate(2026, 10, 13)), QDate(2026, 10, 13));
        QVERIFY(!advisor.leavesWithin(QDate(2026, 10, 14)).isValid());  // already gone
        QVERIFY(advisor.wasActiveOn(kAccredited));
        QVERIFY(!advisor.wasActiveOn(kAccredited.addDays(-1)));
        advisor.candidate.stage = Stage::Retired;
        advisor.leftOn = QDate(2025, 1, 10);
        advisor.assignments.clear();  // weeks to spare: only leaving matters here
        QCOMPARE(advisor.state(QDate(2025, 1, 11)), PoolState::Retired);
        QVERIFY(advisor.wasActiveOn(QDate(2025, 1, 9)));
        QVERIFY(!advisor.wasActiveOn(QDate(2025, 1, 10)));
        QVERIFY(!advisor.leavesWithin(QDate(2026, 6, 1)).isValid());
        advisor.candidate.stage = Stage::Withdrawn;
        QCOMPARE(advisor.state(QDate(2025, 1, 11)), PoolState::Withdrawn);
        advisor.candidate.stage = Stage::CommitmentEnded;
        QCOMPARE(advisor.state(QDate(2024, 1, 1)), PoolState::CommitmentEnded);
    }

    void theDashboardsCounts()
    {
        QList<AccreditedAdvisor> pool(3);
        for (int i = 0; i < pool.size(); ++i) {
            pool[i].candidate = TestSupport::sampleCandidate(QStringLiteral("A%1").arg(i));
            pool[i].candidate.stage = Stage::Accredited;
        }
        pool[0].accreditedOn = QDate(2024, 1, 15);  // active from February
        pool[1].accreditedOn = QDate(2024, 3, 1);  // active on 1 March itself
        pool[1].candidate.region = Region::AsiaPacific;
        pool[2].accreditedOn = QDate(2020, 5, 2);  // ended before the others began
        pool[2].candidate.stage = Stage::CommitmentEnded;
        pool[2].leftOn = QDate(2023, 5, 3);
        const auto byRegion = PoolStatistics::byRegionAndState(pool, QDate(2024, 6, 1));
        QCOMPARE(byRegion.value(Region::Europe).value(PoolState::Active), 1);
        QCOMPARE(byRegion.value(Region::Europe).value(PoolState::CommitmentEnded), 1);
        QCOMPARE(byRegion.value(Region::AsiaPacific).value(PoolState::Active), 1);
        QCOMPARE(byRegion.size(), 2);
        const auto months = PoolStatistics::activeByMonth(pool, QDate(2024, 3, 20));
        QCOMPARE(months.first(), qMakePair(QDate(2020, 5, 1), 0));  // accredited on the 2nd
        QCOMPARE(months.at(1), qMakePair(QDate(2020, 6, 1), 1));
        QCOMPARE(months.last(), qMakePair(QDate(2024, 3, 1), 2));
        QCOMPARE(months.at(months.size() - 3), qMakePair(QDate(2024, 1, 1), 0));
        QVERIFY(PoolStatistics::activeByMonth({}, QDate(2024, 3, 20)).isEmpty());
    }

    void assignmentsBeyondOrOutsideNeedAVoluntaryExtra()
    {
        AccreditedAdvisor advisor;
        advisor.candidate = TestSupport::sampleCandidate(QStringLiteral("Sato"));
        advisor.candidate.meta.id = QUuid::createUuid();
        advisor.candidate.stage = Stage::Accredited;
        advisor.accreditedOn = kAccredited;
        for (const CommitmentSpan& s : weeksFrom(QDate(2024, 1, 8), 11)) {
            advisor.assignments.append({s.activityId,
                                        QStringLiteral("Earlier"),
                                        s.from,
                                        s.to,
                                        ActivityMode::OnSite,
                                        ParticipantRole::Lead,
                                        false,
                                        {}});
        }
        Activity twelfth;
        twelfth.title = QStringLiteral("Twelfth");
        twelfth.startDate = QDate(2024, 6, 3);
        twelfth.endDate = QDate(2024, 6, 7);
        const QDate today(2024, 5, 1);
        QVERIFY(!advisor.assignmentIssue(twelfth, WeekCounting::WorkingDays, today));
        // Recorded, then edited to one day longer: the old dates do not count twice.
        twelfth.meta.id = QUuid::createUuid();
        advisor.assignments.append({twelfth.meta.id,
                                    twelfth.title,
                                    twelfth.startDate,
                                    twelfth.endDate,
                                    ActivityMode::OnSite,
                                    ParticipantRole::Lead,
                                    false,
                                    {}});
        QVERIFY(!advisor.assignmentIssue(twelfth, WeekCounting::WorkingDays, today));
        twelfth.endDate = QDate(2024, 6, 10);
        auto issue = advisor.assignmentIssue(twelfth, WeekCounting::WorkingDays, today);
        QVERIFY(issue);
        QCOMPARE(issue->kind, AssignmentIssue::Kind::BeyondCommitment);
        QVERIFY(issue->voluntaryExtraSettles());
        QVERIFY2(issue->message.contains(QStringLiteral("voluntary extra")), qPrintable(issue->message));
        Activity late;
        late.title = QStringLiteral("After the period");
        late.startDate = QDate(2026, 10, 13);
        late.endDate = QDate(2026, 10, 14);
        issue = advisor.assignmentIssue(late, WeekCounting::WorkingDays, today);
        QVERIFY(issue);
        QCOMPARE(issue->kind, AssignmentIssue::Kind::OutsidePeriod);
        advisor.candidate.stage = Stage::Retired;
        issue = advisor.assignmentIssue(late, WeekCounting::WorkingDays, today);
        QCOMPARE(issue->kind, AssignmentIssue::Kind::LeftPool);
        QVERIFY(!issue->voluntaryExtraSettles());
        // Recording what they did before they left stays possible.
        advisor.leftOn = QDate(2025, 1, 10);
        advisor.assignments.clear();  // weeks to spare: only leaving matters here
        Activity earlier = late;
        earlier.startDate = QDate(2025, 1, 6);
        earlier.endDate = QDate(2025, 1, 9);
        QVERIFY(!advisor.assignmentIssue(earlier, WeekCounting::WorkingDays, today));
        earlier.endDate = QDate(2025, 1, 10);
        QCOMPARE(advisor.assignmentIssue(earlier, WeekCounting::WorkingDays, today)->kind,
                 AssignmentIssue::Kind::LeftPool);
        QVERIFY(!AccreditedAdvisor::notAccredited(advisor.candidate).voluntaryExtraSettles());
    }
};

AD_TEST_GUILESS_MAIN(TestCommitmentLedger)
#include "TestCommitmentLedger.moc"
