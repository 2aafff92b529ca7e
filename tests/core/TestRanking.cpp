// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage 1 ranking: totals of counted criteria and advantages (hard requirements gate,
// they do not rank), shared ranks for equal totals, seats to those still competing, and a
// tie across the last seat made visible; the officer's consensus in place of the mean.
#include "assessment/Ranking.h"
#include "TestMain.h"

#include <QTest>

namespace {

WorkshopApplicant applicant(const QString& name, Stage stage = Stage::Applied)
{
    WorkshopApplicant a;
    a.candidateId = QUuid::createUuid();
    a.name = name;
    a.stage = stage;
    return a;
}

SubmittedRating rating(const QUuid& candidate, const QString& criterion, std::optional<CriterionKind> kind, int value)
{
    SubmittedRating r;
    r.candidateId = candidate;
    r.reviewerId = QUuid::createUuid();
    r.criterionKey = criterion;
    r.kind = kind;
    r.rating = value;
    return r;
}

CriterionValue value(const QUuid& candidate, const QString& criterion, CriterionKind kind, double v)
{
    CriterionValue c;
    c.candidateId = candidate;
    c.criterionKey = criterion;
    c.kind = kind;
    c.value = v;
    return c;
}

}  // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private slots:
    void meansOfSubmittedRatingsPerCriterion()
    {
        const QUuid id = QUuid::createUuid();
        const QList<SubmittedRating> ratings = {
            rating(id, QStringLiteral("wco.trips"), CriterionKind::Counted, 2),
            rating(id, QStringLiteral("wco.trips"), CriterionKind::Counted, 3),
            rating(id, QStringLiteral("wco.trips"), CriterionKind::Counted, 3),
            rating(id, QStringLiteral("academic.postgraduate"), CriterionKind::Advantage, 4),
            rating(id, QStringLiteral("career.customs_5_years"), CriterionKind::Hard, 1),
            rating(id, QStringLiteral("workshop.presentation"), std::nullopt, 4),
        };
        const QList<CriterionValue> values = Ranking::meansOfSubmitted(ratings);
        QCOMPARE(values.size(), 2);  // the hard requirement and the unknown criterion do not rank
        for (const CriterionValue& v : values) {
            if (v.criterionKey == QStringLiteral("wco.trips")) {
                QVERIFY(qAbs(v.value - 8.0 / 3.0) < 1e-12);
                QCOMPARE(v.kind, CriterionKind::Counted);
            } else {
                QCOMPARE(v.criterionKey, QStringLiteral("academic.postgraduate"));
                QCOMPARE(v.value, 4.0);
                QCOMPARE(v.kind, CriterionKind::Advantage);
            }
        }
    }

    void consensusTakesThePlaceOfTheMean()
    {
        const WorkshopApplicant a = applicant(QStringLiteral("Arai"));
        const WorkshopApplicant b = applicant(QStringLiteral("Bello"));
        const QList<SubmittedRating> ratings = {
            rating(a.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 1),
            rating(a.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 3),
            rating(a.candidateId, QStringLiteral("languages"), CriterionKind::Advantage, 2),
            rating(b.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 4),
            rating(b.candidateId, QStringLiteral("languages"), CriterionKind::Advantage, 1),
        };
        const QList<CriterionValue> consensus = {
            value(a.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 4),  // in place of the mean 2
            value(a.candidateId, QStringLiteral("english"), CriterionKind::Hard, 1),  // gates, never ranks
            value(a.candidateId, QStringLiteral("ipr"), CriterionKind::Counted, 1),  // no reviewer rated it
        };
        const QList<CriterionValue> values = Ranking::consensusOrMean(ratings, consensus);
        QHash<QString, CriterionValue> byKey;
        for (const CriterionValue& v : values) {
            byKey.insert(QString((v.candidateId == a.candidateId ? QStringLiteral("a/") : QStringLiteral("b/")) +
                                 v.criterionKey),
                         v);
        }
        QCOMPARE(byKey.size(), 5);
        QCOMPARE(byKey.value(QStringLiteral("a/trips")).value, 4.0);
        QVERIFY(byKey.value(QStringLiteral("a/trips")).fromConsensus);
        QCOMPARE(byKey.value(QStringLiteral("a/languages")).value, 2.0);
        QVERIFY(!byKey.value(QStringLiteral("a/languages")).fromConsensus);
        QCOMPARE(byKey.value(QStringLiteral("a/languages")).kind, CriterionKind::Advantage);
        QVERIFY(!byKey.contains(QStringLiteral("a/english")));
        QCOMPARE(byKey.value(QStringLiteral("a/ipr")).value, 1.0);
        QVERIFY(byKey.value(QStringLiteral("b/trips")).value == 4.0 &&
                !byKey.value(QStringLiteral("b/trips")).fromConsensus);

        // By the means Bello leads, 5 to 4; by the consensus Arai does, 7 to 5.
        const auto byMean = Ranking::rank({a, b}, Ranking::meansOfSubmitted(ratings), 1);
        QCOMPARE(byMean.constFirst().applicant.name, QStringLiteral("Bello"));
        QCOMPARE(byMean.constLast().total, 4.0);
        const auto byConsensus = Ranking::rank({a, b}, values, 1);
        QCOMPARE(byConsensus.constFirst().applicant.name, QStringLiteral("Arai"));
        QCOMPARE(byConsensus.constFirst().total, 7.0);
        QCOMPARE(byConsensus.constFirst().criteriaValued, 3);
        QVERIFY(byConsensus.constFirst().withinSeats);
        QCOMPARE(byConsensus.constLast().total, 5.0);
    }

    void theSelectionPoolLeavesOutWhoDoesNotCompete()
    {
        const WorkshopApplicant a = applicant(QStringLiteral("Arai"));
        const WorkshopApplicant b = applicant(QStringLiteral("Bello"), Stage::Withdrawn);
        const WorkshopApplicant c = applicant(QStringLiteral("Cruz"));
        const QList<CriterionValue> values = {value(a.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 3),
                                              value(b.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 4)};
        const SelectionPool pool = Ranking::selectionPool(Ranking::rank({a, b, c}, values, 2));
        QCOMPARE(pool.candidates.size(), 1);
        QCOMPARE(pool.candidates.constFirst().name, QStringLiteral("Arai"));
        QCOMPARE(pool.candidates.constFirst().total, 3.0);
        QCOMPARE(pool.notConsidered.size(), 2);
        QCOMPARE(pool.notConsidered.at(0).ranked.applicant.name, QStringLiteral("Bello"));
        QVERIFY(pool.notConsidered.at(0).reason.contains(labelOf(Stage::Withdrawn)));
        QCOMPARE(pool.notConsidered.at(1).ranked.applicant.name, QStringLiteral("Cruz"));
        QVERIFY(pool.notConsidered.at(1).reason.contains(QStringLiteral("no submitted scores")));
    }

    void theSelectionPoolMarksWhoWouldNeedAnOverride()
    {
        const WorkshopApplicant a = applicant(QStringLiteral("Arai"));
        WorkshopApplicant d = applicant(QStringLiteral("Diop"));
        d.screeningPassed = false;
        d.screeningNote =
            QStringLiteral("screening not passed (hard requirements not met; 20 of 25 counted criteria met)");
        const QList<CriterionValue> values = {value(a.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 3),
                                              value(d.candidateId, QStringLiteral("trips"), CriterionKind::Counted, 4)};
        const SelectionPool pool = Ranking::selectionPool(Ranking::rank({a, d}, values, 2));
        QCOMPARE(pool.candidates.size(), 1);  // Diop's higher total does not make them proposable
        QCOMPARE(pool.candidates.constFirst().name, QStringLiteral("Arai"));
        QCOMPARE(pool.notConsidered.size(), 1);
        const QString why = pool.notConsidered.constFirst().reason;
        QVERIFY2(why.contains(QStringLiteral("hard requirements not met")) && why.contains(QStringLiteral("override")),
                 qPrintable(why));
    }

    void ranksAgainstTheSeats()
    {
        const WorkshopApplicant ana = applicant(QStringLiteral("Abe, Ana"));
        const WorkshopApplicant ben = applicant(QStringLiteral("Bello, Ben"));
        const WorkshopApplicant cyd = applicant(QStringLiteral("Costa, Cyd"), Stage::Waitlisted);
        const WorkshopApplicant dan = applicant(QStringLiteral("Dube, Dan"), Stage::Withdrawn);
        const WorkshopApplicant eve = applicant(QStringLiteral("Eze, Eve"));  // not scored yet
        const QList<CriterionValue> values = {
            value(ana.candidateId, QStringLiteral("a"), CriterionKind::Counted, 6),
            value(ana.candidateId, QStringLiteral("b"), CriterionKind::Advantage, 4),
            value(ben.candidateId, QStringLiteral("a"), CriterionKind::Counted, 8),
            value(cyd.candidateId, QStringLiteral("a"), CriterionKind::Counted, 7.5),
            value(cyd.candidateId, QStringLiteral("b"), CriterionKind::Advantage, 0.5),
            value(cyd.candidateId, QStringLiteral("hard"), CriterionKind::Hard, 1),  // ignored
            value(dan.candidateId, QStringLiteral("a"), CriterionKind::Counted, 12),
            value(QUuid::createUuid(), QStringLiteral("a"), CriterionKind::Counted, 20),  // not an applicant
        };
        const QList<RankedCandidate> ranked = Ranking::rank({eve, dan, cyd, ben, ana}, values, 2);
        QCOMPARE(ranked.size(), 5);
        QCOMPARE(ranked.at(0).applicant.name, dan.name);  // best total, but withdrew: no seat
        QCOMPARE(ranked.at(0).rank, 1);
        QVERIFY(!ranked.at(0).withinSeats);
        QCOMPARE(ranked.at(1).applicant.name, ana.name);
        QCOMPARE(ranked.at(1).rank, 2);
        QCOMPARE(ranked.at(1).total, 10.0);
        QCOMPARE(ranked.at(1).countedTotal, 6.0);
        QCOMPARE(ranked.at(1).advantageTotal, 4.0);
        QVERIFY(ranked.at(1).withinSeats);
        QVERIFY(!ranked.at(1).tiedAtLastSeat);
        // Ben and Cyd share 8: the same rank, the last seat by name, the tie flagged on both.
        QCOMPARE(ranked.at(2).applicant.name, ben.name);
        QCOMPARE(ranked.at(3).applicant.name, cyd.name);
        QCOMPARE(ranked.at(2).rank, 3);
        QCOMPARE(ranked.at(3).rank, 3);
        QCOMPARE(ranked.at(3).criteriaValued, 2);
        QVERIFY(ranked.at(2).withinSeats);
        QVERIFY(!ranked.at(3).withinSeats);
        QVERIFY(ranked.at(2).tiedAtLastSeat);
        QVERIFY(ranked.at(3).tiedAtLastSeat);
        QCOMPARE(ranked.at(4).applicant.name, eve.name);
        QCOMPARE(ranked.at(4).rank, 5);
        QCOMPARE(ranked.at(4).criteriaValued, 0);
        QVERIFY(!ranked.at(4).withinSeats);

        // Enough seats for all: no one is tied out, the unscored still get none.
        const QList<RankedCandidate> roomy = Ranking::rank({eve, dan, cyd, ben, ana}, values, 10);
        for (const RankedCandidate& r : roomy) {
            QVERIFY(!r.tiedAtLastSeat);
            QCOMPARE(r.withinSeats, r.applicant.competesForSeat() && r.criteriaValued > 0);
        }
    }
};

AD_TEST_GUILESS_MAIN(TestRanking)
#include "TestRanking.moc"
