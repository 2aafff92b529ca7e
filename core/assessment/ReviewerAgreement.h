// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How far reviewers agree, with the coefficient each kind of data calls for and the band
// its literature reads it by:
// - Fleiss' kappa (Fleiss 1971) for categorical ratings, read by Landis & Koch (1977);
// - ICC(2,1) (Shrout & Fleiss 1979: two-way random effects, absolute agreement, single
//   rater) for scores, read by Koo & Li (2016);
// - Krippendorff's alpha, nominal and interval (Krippendorff 2011), which needs neither
//   the same raters nor the same number of ratings per subject, read by Krippendorff's
//   own 0.667 / 0.800 thresholds.
// Each returns the value with its band and the counts it used, or an error value saying
// why there is too little data. Pure; docs/assessment-statistics.md gives the formulas.

#include "Result.h"
#include "assessment/SubmittedRating.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// One rating as a reliability table holds it: who rated what, and how.
struct AgreementRating {
    QString subject;  ///< what was rated, e.g. a candidate and a criterion
    QString rater;
    double value = 0;
};

enum class AgreementMethod { FleissKappa, Icc21, KrippendorffAlphaNominal, KrippendorffAlphaInterval };

struct Agreement {
    AgreementMethod method = AgreementMethod::FleissKappa;
    double value = 0;
    QString bandKey;  ///< stable, for JSON: e.g. "fair", "moderate", "tentative"
    QString band;  ///< translated label of the band
    int subjects = 0;  ///< subjects the value was computed from
    int raters = 0;  ///< distinct raters among them
    int ratings = 0;  ///< ratings used
    int subjectsLeftOut = 0;  ///< subjects given but not usable by this coefficient (see each function)
};

/// One coefficient computed for a workshop: its value, or why there is too little data.
struct AgreementFigure {
    AgreementMethod method = AgreementMethod::FleissKappa;
    Result<Agreement> result;
};

class ReviewerAgreement
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerAgreement)

public:
    /// The four coefficients of a workshop's submitted ratings, in the order Fleiss' kappa,
    /// ICC(2,1), Krippendorff's alpha nominal, interval; a subject is a candidate and a
    /// criterion. The categorical ones take every rating (a hard requirement's met / not met
    /// is a category too); the ones for scores take the 0–4 scale only, never hard
    /// requirements. The CLI and the window show the same figures from here.
    static QList<AgreementFigure> ofSubmitted(const QList<SubmittedRating>& ratings);

    /// The coefficient's name, e.g. "Fleiss' kappa".
    static QString methodName(AgreementMethod method);
    /// The stable key, e.g. "fleiss_kappa".
    static QString methodKey(AgreementMethod method);

    /// Fleiss' kappa over the ratings, each distinct value a category. Fleiss' formula needs
    /// the same number of ratings for every subject: the subjects with the most common
    /// number (at least 2; the larger on a tie) are used, the others left out and counted.
    static Result<Agreement> fleissKappa(const QList<AgreementRating>& ratings);
    /// Fleiss' kappa from a table of counts: one row per subject, one column per category,
    /// each cell the number of raters who chose it; every row must add up to the same n ≥ 2.
    static Result<Agreement> fleissKappaFromCounts(const QList<QList<int>>& counts);

    /// ICC(2,1) over the subjects rated by every rater (others left out and counted).
    static Result<Agreement> icc21(const QList<AgreementRating>& ratings);
    /// ICC(2,1) from a complete table: one row per subject, one column per rater.
    static Result<Agreement> icc21FromTable(const QList<QList<double>>& table);

    /// Krippendorff's alpha with the nominal metric (δ = 0 when equal, else 1) or the
    /// interval one (δ = (a − b)²). Subjects with fewer than two ratings cannot be paired:
    /// left out and counted.
    static Result<Agreement> krippendorffAlpha(const QList<AgreementRating>& ratings, AgreementMethod metric);
    /// The same from a table of raters × subjects where a missing rating is empty.
    static Result<Agreement> krippendorffAlphaFromTable(const QList<QList<std::optional<double>>>& ratersBySubjects,
                                                        AgreementMethod metric);

    /// The bands, as keys and labels. Each is read from the value rounded as its source
    /// states the thresholds: two decimals for Landis & Koch and Koo & Li, three for
    /// Krippendorff.
    static QString landisKochKey(double kappa);
    static QString kooLiKey(double icc);
    static QString krippendorffKey(double alpha);
    static QString bandLabel(const QString& key);

private:
    static Result<Agreement> refuse(AgreementMethod method, const QString& why);
};
