// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of one criterion of one candidate: mean, median, spread, the population
// standard deviation, and the flag when reviewers are two levels apart or more.
#include "assessment/ScoreStatistics.h"
#include "TestMain.h"

#include <QTest>

#include <cmath>

class TestScoreStatistics : public QObject
{
    Q_OBJECT

private slots:
    void summarizesRatings()
    {
        QVERIFY(!ScoreStatistics::summarize({}));
        const RatingSummary one = *ScoreStatistics::summarize({3});
        QCOMPARE(one.count, 1);
        QCOMPARE(one.mean, 3.0);
        QCOMPARE(one.median, 3.0);
        QCOMPARE(one.spread, 0);
        QCOMPARE(one.populationStandardDeviation, 0.0);
        QVERIFY(!one.reviewersDisagree);

        // Two ratings: the population SD is half the spread (a sample SD would be 0.707 × 1).
        const RatingSummary two = *ScoreStatistics::summarize({2, 3});
        QCOMPARE(two.mean, 2.5);
        QCOMPARE(two.median, 2.5);
        QCOMPARE(two.spread, 1);
        QCOMPARE(two.populationStandardDeviation, 0.5);
        QVERIFY(!two.reviewersDisagree);

        // 4, 1, 3, 4 unsorted: mean 3, median (3 + 4) / 2, SD sqrt((1 + 4 + 0 + 1) / 4).
        const RatingSummary four = *ScoreStatistics::summarize({4, 1, 3, 4});
        QCOMPARE(four.count, 4);
        QCOMPARE(four.mean, 3.0);
        QCOMPARE(four.median, 3.5);
        QCOMPARE(four.lowest, 1);
        QCOMPARE(four.highest, 4);
        QCOMPARE(four.spread, 3);
        QVERIFY(std::abs(four.populationStandardDeviation - std::sqrt(1.5)) < 1e-12);
        QVERIFY(four.reviewersDisagree);
    }

    void flagsDisagreementFromTwoLevels()
    {
        QVERIFY(!ScoreStatistics::summarize({2, 3, 3})->reviewersDisagree);  // one level apart
        QVERIFY(ScoreStatistics::summarize({1, 3})->reviewersDisagree);  // two levels: flagged
        QVERIFY(ScoreStatistics::summarize({0, 2, 1})->reviewersDisagree);
    }

    void groupsByCandidateAndCriterion()
    {
        const QUuid ana = QUuid::createUuid();
        const QUuid ben = QUuid::createUuid();
        const QString interpersonal = QStringLiteral("personal.interpersonal");
        const QString trips = QStringLiteral("wco.trips");
        QList<SubmittedRating> ratings;
        const auto add = [&](const QUuid& candidate, const QString& criterion, int rating) {
            SubmittedRating r;
            r.candidateId = candidate;
            r.criterionKey = criterion;
            r.kind = CriterionKind::Counted;
            r.rating = rating;
            r.reviewerId = QUuid::createUuid();
            ratings.append(r);
        };
        add(ana, interpersonal, 1);
        add(ben, trips, 2);
        add(ana, interpersonal, 4);
        add(ana, trips, 3);
        const QList<CriterionSummary> list = ScoreStatistics::byCandidateAndCriterion(ratings);
        QCOMPARE(list.size(), 3);
        bool found = false;
        for (const CriterionSummary& s : list) {
            if (s.candidateId == ana && s.criterionKey == interpersonal) {
                found = true;
                QCOMPARE(s.ratings.count, 2);
                QCOMPARE(s.ratings.mean, 2.5);
                QVERIFY(s.ratings.reviewersDisagree);
            }
        }
        QVERIFY(found);
    }
};

AD_TEST_GUILESS_MAIN(TestScoreStatistics)
#include "TestScoreStatistics.moc"
