// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ReviewerAgreement.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

/// The ratings grouped by subject, in the order subjects first appear; empty with
/// `duplicate` set when a rater rated a subject twice.
struct Grouped {
    QStringList subjects;
    QHash<QString, QList<AgreementRating>> bySubject;
    QString duplicate;  ///< "subject / rater" of the first repeated pair
};

Grouped group(const QList<AgreementRating>& ratings)
{
    Grouped g;
    QSet<QPair<QString, QString>> seen;
    for (const AgreementRating& r : ratings) {
        if (seen.contains({r.subject, r.rater})) {
            g.duplicate = QString(r.subject + QStringLiteral(" / ") + r.rater);
            return g;
        }
        seen.insert({r.subject, r.rater});
        if (!g.bySubject.contains(r.subject)) {
            g.subjects.append(r.subject);
        }
        g.bySubject[r.subject].append(r);
    }
    return g;
}

double difference(AgreementMethod metric, double a, double b)
{
    return metric == AgreementMethod::KrippendorffAlphaInterval ? (a - b) * (a - b) : (a == b ? 0.0 : 1.0);
}

constexpr double kTiny = 1e-12;

/// A band is read from the value rounded as its source prints its thresholds (0.21 for
/// Landis & Koch, 0.667 for Krippendorff), so that a value shown as 0.800 never reads
/// "tentative" because it was 0.79996.
double roundedTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

}  // namespace

QList<AgreementFigure> ReviewerAgreement::ofSubmitted(const QList<SubmittedRating>& ratings)
{
    QList<AgreementRating> all;
    QList<AgreementRating> scale;
    for (const SubmittedRating& r : ratings) {
        const AgreementRating rating{
            QString(r.candidateId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + r.criterionKey),
            r.reviewerId.toString(QUuid::WithoutBraces), double(r.rating)};
        all.append(rating);
        if (r.kind != CriterionKind::Hard) {
            scale.append(rating);
        }
    }
    return {
        {AgreementMethod::FleissKappa, fleissKappa(all)},
        {AgreementMethod::Icc21, icc21(scale)},
        {AgreementMethod::KrippendorffAlphaNominal, krippendorffAlpha(all, AgreementMethod::KrippendorffAlphaNominal)},
        {AgreementMethod::KrippendorffAlphaInterval,
         krippendorffAlpha(scale, AgreementMethod::KrippendorffAlphaInterval)}};
}

QString ReviewerAgreement::methodName(AgreementMethod method)
{
    switch (method) {
    case AgreementMethod::FleissKappa:
        return tr("Fleiss' kappa");
    case AgreementMethod::Icc21:
        return tr("ICC(2,1)");
    case AgreementMethod::KrippendorffAlphaNominal:
        return tr("Krippendorff's alpha (nominal)");
    case AgreementMethod::KrippendorffAlphaInterval:
        return tr("Krippendorff's alpha (interval)");
    }
    return {};
}

QString ReviewerAgreement::methodKey(AgreementMethod method)
{
    switch (method) {
    case AgreementMethod::FleissKappa:
        return QStringLiteral("fleiss_kappa");
    case AgreementMethod::Icc21:
        return QStringLiteral("icc_2_1");
    case AgreementMethod::KrippendorffAlphaNominal:
        return QStringLiteral("krippendorff_alpha_nominal");
    case AgreementMethod::KrippendorffAlphaInterval:
        return QStringLiteral("krippendorff_alpha_interval");
    }
    return {};
}

Result<Agreement> ReviewerAgreement::refuse(AgreementMethod method, const QString& why)
{
    return Result<Agreement>::failure(ErrorCode::Invalid, tr("%1 cannot be computed: %2").arg(methodName(method), why));
}

// --- Fleiss' kappa ------------------------------------------------------------------------

Result<Agreement> ReviewerAgreement::fleissKappa(const QList<AgreementRating>& ratings)
{
    const auto method = AgreementMethod::FleissKappa;
    const Grouped g = group(ratings);
    if (!g.duplicate.isEmpty()) {
        return refuse(method, tr("%1 is rated twice by the same rater.").arg(g.duplicate));
    }
    // Fleiss' formula needs a constant number of ratings per subject: take the commonest.
    QMap<int, int> subjectsWithCount;
    for (const QString& s : g.subjects) {
        const int m = int(g.bySubject.value(s).size());
        if (m >= 2) {
            subjectsWithCount[m] += 1;
        }
    }
    int perSubject = 0;
    int most = 0;
    for (auto it = subjectsWithCount.cbegin(); it != subjectsWithCount.cend(); ++it) {
        if (it.value() >= most) {  // ascending keys: a tie goes to the larger count
            most = it.value();
            perSubject = it.key();
        }
    }
    if (perSubject == 0) {
        return refuse(method, tr("no subject has two ratings or more."));
    }
    QList<double> categories;
    QSet<QString> raters;
    QStringList used;
    for (const QString& s : g.subjects) {
        const auto& list = g.bySubject.value(s);
        if (list.size() != perSubject) {
            continue;
        }
        used.append(s);
        for (const AgreementRating& r : list) {
            raters.insert(r.rater);
            if (!categories.contains(r.value)) {
                categories.append(r.value);
            }
        }
    }
    std::sort(categories.begin(), categories.end());
    QList<QList<int>> counts;
    for (const QString& s : used) {
        QList<int> row(categories.size(), 0);
        for (const AgreementRating& r : g.bySubject.value(s)) {
            row[categories.indexOf(r.value)] += 1;
        }
        counts.append(row);
    }
    auto result = fleissKappaFromCounts(counts);
    if (result.ok()) {
        result.value().raters = int(raters.size());
        result.value().subjectsLeftOut = int(g.subjects.size() - used.size());
    }
    return result;
}

Result<Agreement> ReviewerAgreement::fleissKappaFromCounts(const QList<QList<int>>& counts)
{
    const auto method = AgreementMethod::FleissKappa;
    const int subjects = int(counts.size());
    if (subjects < 2) {
        return refuse(
            method,
            tr("it needs at least two subjects rated by the same number of raters; there are %1.").arg(subjects));
    }
    const int categories = int(counts.constFirst().size());
    int n = 0;
    for (int c : counts.constFirst()) {
        n += c;
    }
    if (n < 2) {
        return refuse(method, tr("every subject needs at least two ratings."));
    }
    QList<double> perCategory(categories, 0.0);
    double agreementSum = 0;
    for (const QList<int>& row : counts) {
        int sum = 0;
        double squares = 0;
        if (row.size() != categories) {
            return refuse(method, tr("every subject needs a count for each category."));
        }
        for (int j = 0; j < categories; ++j) {
            if (row.at(j) < 0) {
                return refuse(method, tr("a count is negative."));
            }
            sum += row.at(j);
            squares += double(row.at(j)) * row.at(j);
            perCategory[j] += row.at(j);
        }
        if (sum != n) {
            return refuse(method,
                          tr("every subject needs the same number of ratings (%1 and %2 found).").arg(n).arg(sum));
        }
        agreementSum += (squares - n) / (double(n) * (n - 1));  // P_i
    }
    const double observed = agreementSum / subjects;  // P̄
    double expected = 0;  // P̄e = Σ p_j²
    for (double total : perCategory) {
        const double p = total / (double(subjects) * n);
        expected += p * p;
    }
    if (1.0 - expected < kTiny) {
        return refuse(method, tr("every rating falls in the same category, so agreement by chance is complete "
                                 "and kappa is undefined."));
    }
    Agreement a;
    a.method = method;
    a.value = (observed - expected) / (1.0 - expected);
    a.bandKey = landisKochKey(a.value);
    a.band = bandLabel(a.bandKey);
    a.subjects = subjects;
    a.raters = n;
    a.ratings = subjects * n;
    return a;
}

// --- ICC(2,1) -----------------------------------------------------------------------------

Result<Agreement> ReviewerAgreement::icc21(const QList<AgreementRating>& ratings)
{
    const auto method = AgreementMethod::Icc21;
    const Grouped g = group(ratings);
    if (!g.duplicate.isEmpty()) {
        return refuse(method, tr("%1 is rated twice by the same rater.").arg(g.duplicate));
    }
    QStringList raters;
    for (const AgreementRating& r : ratings) {
        if (!raters.contains(r.rater)) {
            raters.append(r.rater);
        }
    }
    std::sort(raters.begin(), raters.end());
    if (raters.size() < 2) {
        return refuse(method, tr("it needs at least two raters; there are %1.").arg(raters.size()));
    }
    QList<QList<double>> table;
    for (const QString& s : g.subjects) {
        const auto& list = g.bySubject.value(s);
        if (list.size() != raters.size()) {
            continue;  // the two-way model needs every rater on every subject
        }
        QList<double> row(raters.size(), 0.0);
        for (const AgreementRating& r : list) {
            row[raters.indexOf(r.rater)] = r.value;
        }
        table.append(row);
    }
    if (table.size() < 2) {
        return refuse(method, tr("it needs at least two subjects rated by all %1 raters; %2 of %3 are. "
                                 "Krippendorff's alpha works with missing ratings.")
                                  .arg(raters.size())
                                  .arg(table.size())
                                  .arg(g.subjects.size()));
    }
    auto result = icc21FromTable(table);
    if (result.ok()) {
        result.value().subjectsLeftOut = int(g.subjects.size() - table.size());
    }
    return result;
}

Result<Agreement> ReviewerAgreement::icc21FromTable(const QList<QList<double>>& table)
{
    const auto method = AgreementMethod::Icc21;
    const int n = int(table.size());
    const int k = n > 0 ? int(table.constFirst().size()) : 0;
    if (n < 2 || k < 2) {
        return refuse(method, tr("it needs at least two subjects and two raters; there are %1 and %2.").arg(n).arg(k));
    }
    double grand = 0;
    QList<double> rowMeans(n, 0.0);
    QList<double> columnMeans(k, 0.0);
    for (int i = 0; i < n; ++i) {
        if (table.at(i).size() != k) {
            return refuse(method, tr("every subject needs a rating from every rater."));
        }
        for (int j = 0; j < k; ++j) {
            const double x = table.at(i).at(j);
            grand += x;
            rowMeans[i] += x / k;
            columnMeans[j] += x / n;
        }
    }
    grand /= double(n) * k;
    double total = 0;
    double betweenSubjects = 0;
    double betweenRaters = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            total += (table.at(i).at(j) - grand) * (table.at(i).at(j) - grand);
        }
        betweenSubjects += k * (rowMeans.at(i) - grand) * (rowMeans.at(i) - grand);
    }
    for (int j = 0; j < k; ++j) {
        betweenRaters += n * (columnMeans.at(j) - grand) * (columnMeans.at(j) - grand);
    }
    if (total < kTiny) {
        return refuse(method, tr("every rating is the same, so there is no variance to share."));
    }
    const double residual = total - betweenSubjects - betweenRaters;
    const double msr = betweenSubjects / (n - 1);  // subjects (targets)
    const double msc = betweenRaters / (k - 1);  // raters (judges)
    const double mse = residual / (double(n - 1) * (k - 1));  // residual
    const double denominator = msr + (k - 1) * mse + k * (msc - mse) / n;
    if (std::abs(denominator) < kTiny) {
        return refuse(method, tr("the variance between subjects and the error cancel out."));
    }
    Agreement a;
    a.method = method;
    a.value = (msr - mse) / denominator;
    a.bandKey = kooLiKey(a.value);
    a.band = bandLabel(a.bandKey);
    a.subjects = n;
    a.raters = k;
    a.ratings = n * k;
    return a;
}

// --- Krippendorff's alpha -----------------------------------------------------------------

namespace {

struct AlphaInput {
    QList<QList<double>> units;  ///< the pairable units' values
    int raters = 0;
    int unpairable = 0;
};

}  // namespace

static Result<Agreement> alphaOf(const AlphaInput& in, AgreementMethod metric)
{
    int n = 0;
    QMap<double, int> valueCounts;
    double observed = 0;
    for (const QList<double>& unit : in.units) {
        const int m = int(unit.size());
        n += m;
        double sum = 0;
        for (int i = 0; i < m; ++i) {
            valueCounts[unit.at(i)] += 1;
            for (int j = 0; j < m; ++j) {
                if (i != j) {
                    sum += difference(metric, unit.at(i), unit.at(j));
                }
            }
        }
        observed += sum / (m - 1);
    }
    if (in.units.isEmpty()) {
        return Result<Agreement>::failure(
            ErrorCode::Invalid, ReviewerAgreement::tr("%1 cannot be computed: no subject has two ratings or more.")
                                    .arg(ReviewerAgreement::methodName(metric)));
    }
    observed /= n;  // D_o
    double expected = 0;
    for (auto c = valueCounts.cbegin(); c != valueCounts.cend(); ++c) {
        for (auto k = valueCounts.cbegin(); k != valueCounts.cend(); ++k) {
            expected += double(c.value()) * k.value() * difference(metric, c.key(), k.key());
        }
    }
    expected /= double(n) * (n - 1);  // D_e
    if (expected < kTiny) {
        return Result<Agreement>::failure(
            ErrorCode::Invalid,
            ReviewerAgreement::tr("%1 cannot be computed: every rating is the same, so no disagreement is expected "
                                  "by chance either.")
                .arg(ReviewerAgreement::methodName(metric)));
    }
    Agreement a;
    a.method = metric;
    a.value = 1.0 - observed / expected;
    a.bandKey = ReviewerAgreement::krippendorffKey(a.value);
    a.band = ReviewerAgreement::bandLabel(a.bandKey);
    a.subjects = int(in.units.size());
    a.raters = in.raters;
    a.ratings = n;
    a.subjectsLeftOut = in.unpairable;
    return a;
}

Result<Agreement> ReviewerAgreement::krippendorffAlpha(const QList<AgreementRating>& ratings, AgreementMethod metric)
{
    Q_ASSERT(metric == AgreementMethod::KrippendorffAlphaNominal ||
             metric == AgreementMethod::KrippendorffAlphaInterval);
    const Grouped g = group(ratings);
    if (!g.duplicate.isEmpty()) {
        return refuse(metric, tr("%1 is rated twice by the same rater.").arg(g.duplicate));
    }
    AlphaInput in;
    QSet<QString> raters;
    for (const QString& s : g.subjects) {
        const auto& list = g.bySubject.value(s);
        if (list.size() < 2) {
            ++in.unpairable;
            continue;
        }
        QList<double> values;
        for (const AgreementRating& r : list) {
            values.append(r.value);
            raters.insert(r.rater);
        }
        in.units.append(values);
    }
    in.raters = int(raters.size());
    return alphaOf(in, metric);
}

Result<Agreement> ReviewerAgreement::krippendorffAlphaFromTable(const QList<QList<std::optional<double>>>& table,
                                                                AgreementMethod metric)
{
    Q_ASSERT(metric == AgreementMethod::KrippendorffAlphaNominal ||
             metric == AgreementMethod::KrippendorffAlphaInterval);
    QList<AgreementRating> ratings;
    for (int rater = 0; rater < table.size(); ++rater) {
        for (int subject = 0; subject < table.at(rater).size(); ++subject) {
            if (const auto& v = table.at(rater).at(subject)) {
                ratings.append({QString::number(subject), QString::number(rater), *v});
            }
        }
    }
    return krippendorffAlpha(ratings, metric);
}

// --- bands ----------------------------------------------------------------------------------

QString ReviewerAgreement::landisKochKey(double value)
{
    const double kappa = roundedTo(value, 2);
    if (kappa < 0) {
        return QStringLiteral("poor");
    }
    if (kappa <= 0.20) {
        return QStringLiteral("slight");
    }
    if (kappa <= 0.40) {
        return QStringLiteral("fair");
    }
    if (kappa <= 0.60) {
        return QStringLiteral("moderate");
    }
    if (kappa <= 0.80) {
        return QStringLiteral("substantial");
    }
    return QStringLiteral("almost_perfect");
}

QString ReviewerAgreement::kooLiKey(double value)
{
    const double icc = roundedTo(value, 2);
    if (icc < 0.50) {
        return QStringLiteral("poor");
    }
    if (icc < 0.75) {
        return QStringLiteral("moderate");
    }
    if (icc <= 0.90) {
        return QStringLiteral("good");
    }
    return QStringLiteral("excellent");
}

QString ReviewerAgreement::krippendorffKey(double value)
{
    const double alpha = roundedTo(value, 3);
    if (alpha >= 0.800) {
        return QStringLiteral("reliable");
    }
    if (alpha >= 0.667) {
        return QStringLiteral("tentative");
    }
    return QStringLiteral("unreliable");
}

QString ReviewerAgreement::bandLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("poor"), QT_TR_NOOP("poor")},
        {QStringLiteral("slight"), QT_TR_NOOP("slight")},
        {QStringLiteral("fair"), QT_TR_NOOP("fair")},
        {QStringLiteral("moderate"), QT_TR_NOOP("moderate")},
        {QStringLiteral("substantial"), QT_TR_NOOP("substantial")},
        {QStringLiteral("almost_perfect"), QT_TR_NOOP("almost perfect")},
        {QStringLiteral("good"), QT_TR_NOOP("good")},
        {QStringLiteral("excellent"), QT_TR_NOOP("excellent")},
        {QStringLiteral("reliable"), QT_TR_NOOP("reliable")},
        {QStringLiteral("tentative"), QT_TR_NOOP("tentative conclusions only")},
        {QStringLiteral("unreliable"), QT_TR_NOOP("unreliable")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}
