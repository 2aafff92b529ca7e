// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewer agreement against published worked examples, each named with its source, and
// the refusals when there is too little data. Expected values were also recomputed
// independently (a plain Python script from the textbook formulas, no statistics package)
// before they were written here; the comments say where a figure comes from.
#include "assessment/ReviewerAgreement.h"
#include "TestMain.h"

#include <QTest>

namespace {

QList<AgreementRating> fromCounts(const QList<QList<int>>& counts)
{
    // Each subject rated by n different raters: raters need not be the same across subjects.
    QList<AgreementRating> ratings;
    for (int s = 0; s < counts.size(); ++s) {
        int rater = 0;
        for (int category = 0; category < counts.at(s).size(); ++category) {
            for (int i = 0; i < counts.at(s).at(category); ++i) {
                ratings.append({QStringLiteral("subject %1").arg(s), QStringLiteral("rater %1").arg(rater++),
                                double(category + 1)});
            }
        }
    }
    return ratings;
}

QList<AgreementRating> fromTable(const QList<QList<std::optional<double>>>& ratersBySubjects)
{
    QList<AgreementRating> ratings;
    for (int r = 0; r < ratersBySubjects.size(); ++r) {
        for (int s = 0; s < ratersBySubjects.at(r).size(); ++s) {
            if (ratersBySubjects.at(r).at(s)) {
                ratings.append({QStringLiteral("unit %1").arg(s + 1), QStringLiteral("coder %1").arg(QChar(u'A' + r)),
                                *ratersBySubjects.at(r).at(s)});
            }
        }
    }
    return ratings;
}

// Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters",
// Psychological Bulletin 76(5), 378–382, as worked through in Wikipedia's "Fleiss' kappa"
// article: 10 subjects, 14 raters each, 5 categories; P̄ = 0.378, P̄e = 0.213,
// kappa = 0.210 ("fair"). Recomputed: 0.2099307.
const QList<QList<int>> kFleissExample = {
    {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
};

// Shrout, P. E. & Fleiss, J. L. (1979), "Intraclass correlations: uses in assessing rater
// reliability", Psychological Bulletin 86(2), 420–428, Table 2: 6 targets rated by 4
// judges. Table 3 gives ICC(2,1) = .29 (and ICC(1,1) = .17, ICC(3,1) = .71).
// Recomputed: MS targets 11.2417, MS judges 32.4861, MS residual 1.0194, ICC(2,1) 0.28976.
const QList<QList<double>> kShroutFleissTable2 = {
    {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7},
};

const std::optional<double> kMissing;

// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School
// for Communication, Departmental Papers 43: 4 observers (A–D), 12 units, with missing
// values; published alpha nominal = 0.743, interval = 0.849 (ordinal .815, ratio .797).
// Unit 12 holds one value only and cannot be paired. Recomputed: nominal 0.7434211,
// interval 0.8491071, from n = 40 pairable values in 11 units.
const QList<QList<std::optional<double>>> kKrippendorff2011 = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, kMissing, kMissing, kMissing},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, kMissing, 3},
    {kMissing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, kMissing},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, kMissing},
};

// Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders, 15
// units, many values missing; alpha nominal = 0.691, interval = 0.811. Recomputed:
// 0.6913580 and 0.8108449 (the same figures the `krippendorff` Python package tests pin).
const QList<QList<std::optional<double>>> kWikipediaAlpha = {
    {kMissing, kMissing, kMissing, kMissing, kMissing, 3, 4, 1, 2, 1, 1, 3, 3, kMissing, 3},
    {1, kMissing, 2, 1, 3, 3, 4, 3, kMissing, kMissing, kMissing, kMissing, kMissing, kMissing, kMissing},
    {kMissing, kMissing, 2, 1, 3, 4, 4, kMissing, 2, 1, 1, 3, 3, kMissing, 4},
};

}  // namespace

class TestReviewerAgreement : public QObject
{
    Q_OBJECT

private slots:
    void fleissKappaMatchesFleiss1971()
    {
        const auto fromCountTable = ReviewerAgreement::fleissKappaFromCounts(kFleissExample);
        QVERIFY2(fromCountTable.ok(), qPrintable(fromCountTable.message()));
        QCOMPARE(qRound(fromCountTable.value().value * 1000), 210);
        QVERIFY(qAbs(fromCountTable.value().value - 0.2099307) < 1e-6);
        QCOMPARE(fromCountTable.value().bandKey, QStringLiteral("fair"));  // Landis & Koch: 0.21–0.40
        QCOMPARE(fromCountTable.value().band, QStringLiteral("fair"));
        QCOMPARE(fromCountTable.value().subjects, 10);
        QCOMPARE(fromCountTable.value().raters, 14);
        QCOMPARE(fromCountTable.value().ratings, 140);

        // The same data as individual ratings gives the same kappa.
        const auto fromRatings = ReviewerAgreement::fleissKappa(fromCounts(kFleissExample));
        QVERIFY2(fromRatings.ok(), qPrintable(fromRatings.message()));
        QVERIFY(qAbs(fromRatings.value().value - fromCountTable.value().value) < 1e-12);
        QCOMPARE(fromRatings.value().subjects, 10);
        QCOMPARE(fromRatings.value().subjectsLeftOut, 0);
    }

    void fleissKappaUsesTheCommonestNumberOfRatings()
    {
        QList<AgreementRating> ratings = fromCounts(kFleissExample);
        ratings.append({QStringLiteral("a subject rated twice only"), QStringLiteral("rater 0"), 1});
        ratings.append({QStringLiteral("a subject rated twice only"), QStringLiteral("rater 1"), 2});
        const auto kappa = ReviewerAgreement::fleissKappa(ratings);
        QVERIFY(kappa.ok());
        QVERIFY(qAbs(kappa.value().value - 0.2099307) < 1e-6);
        QCOMPARE(kappa.value().subjectsLeftOut, 1);
    }

    void icc21MatchesShroutAndFleiss1979()
    {
        const auto icc = ReviewerAgreement::icc21FromTable(kShroutFleissTable2);
        QVERIFY2(icc.ok(), qPrintable(icc.message()));
        QCOMPARE(qRound(icc.value().value * 100), 29);
        QVERIFY(qAbs(icc.value().value - 0.2897638) < 1e-6);
        QCOMPARE(icc.value().bandKey, QStringLiteral("poor"));  // Koo & Li (2016): below 0.50
        QCOMPARE(icc.value().subjects, 6);
        QCOMPARE(icc.value().raters, 4);
        QCOMPARE(icc.value().ratings, 24);

        // As ratings, with a seventh target that one judge did not rate: left out, counted.
        QList<AgreementRating> ratings;
        for (int t = 0; t < kShroutFleissTable2.size(); ++t) {
            for (int j = 0; j < 4; ++j) {
                ratings.append({QStringLiteral("target %1").arg(t), QStringLiteral("judge %1").arg(j),
                                kShroutFleissTable2.at(t).at(j)});
            }
        }
        for (int j = 0; j < 3; ++j) {
            ratings.append({QStringLiteral("target 7"), QStringLiteral("judge %1").arg(j), 5});
        }
        const auto fromRatings = ReviewerAgreement::icc21(ratings);
        QVERIFY2(fromRatings.ok(), qPrintable(fromRatings.message()));
        QVERIFY(qAbs(fromRatings.value().value - icc.value().value) < 1e-12);
        QCOMPARE(fromRatings.value().subjectsLeftOut, 1);
    }

    void krippendorffAlphaMatchesKrippendorff2011WithMissingRatings()
    {
        const auto nominal =
            ReviewerAgreement::krippendorffAlphaFromTable(kKrippendorff2011, AgreementMethod::KrippendorffAlphaNominal);
        QVERIFY2(nominal.ok(), qPrintable(nominal.message()));
        QCOMPARE(qRound(nominal.value().value * 1000), 743);
        QVERIFY(qAbs(nominal.value().value - 0.7434211) < 1e-6);
        QCOMPARE(nominal.value().bandKey, QStringLiteral("tentative"));  // 0.667 ≤ α < 0.800
        QCOMPARE(nominal.value().subjects, 11);
        QCOMPARE(nominal.value().subjectsLeftOut, 1);
        QCOMPARE(nominal.value().ratings, 40);
        QCOMPARE(nominal.value().raters, 4);

        const auto interval = ReviewerAgreement::krippendorffAlphaFromTable(kKrippendorff2011,
                                                                            AgreementMethod::KrippendorffAlphaInterval);
        QVERIFY2(interval.ok(), qPrintable(interval.message()));
        QCOMPARE(qRound(interval.value().value * 1000), 849);
        QVERIFY(qAbs(interval.value().value - 0.8491071) < 1e-6);
        QCOMPARE(interval.value().bandKey, QStringLiteral("reliable"));  // α ≥ 0.800

        // From individual ratings, as the workshop feeds it.
        const auto fromRatings = ReviewerAgreement::krippendorffAlpha(fromTable(kKrippendorff2011),
                                                                      AgreementMethod::KrippendorffAlphaNominal);
        QVERIFY(fromRatings.ok());
        QVERIFY(qAbs(fromRatings.value().value - nominal.value().value) < 1e-12);
    }

    void krippendorffAlphaMatchesTheWikipediaExample()
    {
        const auto nominal =
            ReviewerAgreement::krippendorffAlphaFromTable(kWikipediaAlpha, AgreementMethod::KrippendorffAlphaNominal);
        QVERIFY(nominal.ok());
        QCOMPARE(qRound(nominal.value().value * 1000), 691);
        QVERIFY(qAbs(nominal.value().value - 0.6913580) < 1e-6);
        QCOMPARE(nominal.value().ratings, 26);
        QCOMPARE(nominal.value().subjectsLeftOut, 1);  // unit 1 has one value (2 and 14 none at all)
        QCOMPARE(nominal.value().subjects, 12);
        const auto interval =
            ReviewerAgreement::krippendorffAlphaFromTable(kWikipediaAlpha, AgreementMethod::KrippendorffAlphaInterval);
        QVERIFY(interval.ok());
        QCOMPARE(qRound(interval.value().value * 1000), 811);
        QVERIFY(qAbs(interval.value().value - 0.8108449) < 1e-6);
    }

    void perfectAgreementIsOne()
    {
        const QList<QList<std::optional<double>>> same = {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}};
        QCOMPARE(ReviewerAgreement::krippendorffAlphaFromTable(same, AgreementMethod::KrippendorffAlphaNominal)
                     .value()
                     .value,
                 1.0);
        QCOMPARE(ReviewerAgreement::krippendorffAlphaFromTable(same, AgreementMethod::KrippendorffAlphaInterval)
                     .value()
                     .value,
                 1.0);
        const auto icc = ReviewerAgreement::icc21FromTable({{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 4, 4}});
        QCOMPARE(icc.value().value, 1.0);
        QCOMPARE(icc.value().bandKey, QStringLiteral("excellent"));
        const auto kappa = ReviewerAgreement::fleissKappaFromCounts({{3, 0}, {0, 3}, {3, 0}});
        QCOMPARE(kappa.value().value, 1.0);
        QCOMPARE(kappa.value().bandKey, QStringLiteral("almost_perfect"));
    }

    void tooLittleDataIsRefusedWithAReason()
    {
        // One subject only.
        const auto one = ReviewerAgreement::fleissKappaFromCounts({{1, 2}});
        QVERIFY(!one.ok());
        QCOMPARE(one.code(), ErrorCode::Invalid);
        QVERIFY2(one.message().contains(QStringLiteral("Fleiss' kappa cannot be computed")), qPrintable(one.message()));
        // Everyone in one category: chance agreement is complete, kappa undefined.
        const auto sameCategory = ReviewerAgreement::fleissKappaFromCounts({{3, 0}, {3, 0}});
        QVERIFY(!sameCategory.ok());
        QVERIFY(sameCategory.message().contains(QStringLiteral("same category")));
        // Rows that do not add up to the same number of raters.
        QVERIFY(!ReviewerAgreement::fleissKappaFromCounts({{3, 0}, {1, 1}}).ok());
        // Nobody rated by two.
        const QList<AgreementRating> single = {{QStringLiteral("a"), QStringLiteral("r1"), 1},
                                               {QStringLiteral("b"), QStringLiteral("r2"), 2}};
        QVERIFY(ReviewerAgreement::fleissKappa(single).message().contains(QStringLiteral("two ratings")));
        const auto alpha = ReviewerAgreement::krippendorffAlpha(single, AgreementMethod::KrippendorffAlphaNominal);
        QVERIFY(!alpha.ok());
        QVERIFY(alpha.message().contains(QStringLiteral("Krippendorff's alpha (nominal) cannot be computed")));
        // ICC(2,1) with no subject rated by every rater points to alpha.
        const QList<AgreementRating> gaps = {{QStringLiteral("a"), QStringLiteral("r1"), 1},
                                             {QStringLiteral("a"), QStringLiteral("r2"), 2},
                                             {QStringLiteral("b"), QStringLiteral("r2"), 2},
                                             {QStringLiteral("b"), QStringLiteral("r3"), 3}};
        const auto icc = ReviewerAgreement::icc21(gaps);
        QVERIFY(!icc.ok());
        QVERIFY2(icc.message().contains(QStringLiteral("Krippendorff's alpha works with missing ratings")),
                 qPrintable(icc.message()));
        QVERIFY(!ReviewerAgreement::icc21FromTable({{2, 2}, {2, 2}}).ok());  // no variance at all
        // The same rater twice on one subject is a mistake in the data, not a second opinion.
        QList<AgreementRating> twice = gaps;
        twice.append({QStringLiteral("a"), QStringLiteral("r1"), 4});
        QVERIFY(ReviewerAgreement::icc21(twice).message().contains(QStringLiteral("rated twice")));
        QVERIFY(!ReviewerAgreement::krippendorffAlpha(twice, AgreementMethod::KrippendorffAlphaInterval).ok());
        // No disagreement possible: alpha is undefined.
        const QList<QList<std::optional<double>>> constant = {{2, 2}, {2, 2}};
        QVERIFY(
            !ReviewerAgreement::krippendorffAlphaFromTable(constant, AgreementMethod::KrippendorffAlphaNominal).ok());
    }

    void bandsFollowTheirSources()
    {
        // Landis & Koch (1977).
        QCOMPARE(ReviewerAgreement::landisKochKey(-0.01), QStringLiteral("poor"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.0), QStringLiteral("slight"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.20), QStringLiteral("slight"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.21), QStringLiteral("fair"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.41), QStringLiteral("moderate"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.61), QStringLiteral("substantial"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.81), QStringLiteral("almost_perfect"));
        // Koo & Li (2016).
        QCOMPARE(ReviewerAgreement::kooLiKey(0.49), QStringLiteral("poor"));
        QCOMPARE(ReviewerAgreement::kooLiKey(0.50), QStringLiteral("moderate"));
        QCOMPARE(ReviewerAgreement::kooLiKey(0.75), QStringLiteral("good"));
        QCOMPARE(ReviewerAgreement::kooLiKey(0.90), QStringLiteral("good"));
        QCOMPARE(ReviewerAgreement::kooLiKey(0.91), QStringLiteral("excellent"));
        // Krippendorff (2004, 2011): rely on α ≥ .800, tentative conclusions from .667.
        QCOMPARE(ReviewerAgreement::krippendorffKey(0.666), QStringLiteral("unreliable"));
        QCOMPARE(ReviewerAgreement::krippendorffKey(0.667), QStringLiteral("tentative"));
        QCOMPARE(ReviewerAgreement::krippendorffKey(0.800), QStringLiteral("reliable"));
        // Read as printed: 0.79996 shows as 0.800 and is read as 0.800; 0.2099 as "fair" (0.21),
        // as Wikipedia reads the Fleiss (1971) example.
        QCOMPARE(ReviewerAgreement::krippendorffKey(0.79996), QStringLiteral("reliable"));
        QCOMPARE(ReviewerAgreement::krippendorffKey(0.7994), QStringLiteral("tentative"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.2099), QStringLiteral("fair"));
        QCOMPARE(ReviewerAgreement::landisKochKey(0.204), QStringLiteral("slight"));
        QCOMPARE(ReviewerAgreement::bandLabel(QStringLiteral("almost_perfect")), QStringLiteral("almost perfect"));
    }
};

AD_TEST_GUILESS_MAIN(TestReviewerAgreement)
#include "TestReviewerAgreement.moc"
