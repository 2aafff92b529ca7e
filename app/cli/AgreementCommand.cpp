// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementCommand.h"

#include "RoundOption.h"
#include "WorkshopAssessment.h"
#include "assessment/RatingsTable.h"
#include "assessment/ReviewerAgreement.h"
#include "assessment/ScoreStatistics.h"
#include "assessment/SubmittedRating.h"
#include "TextTable.h"
#include "assessment/WorkshopApplicant.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

const QString kFile = QStringLiteral("FILE");

}  // namespace

AgreementCommand::AgreementCommand()
    : Command(QStringLiteral("agreement"),
              tr("How far reviewers agree: Fleiss' kappa, ICC(2,1), Krippendorff's alpha."))
{
    declarePositionals(0, 1);
}

void AgreementCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kFile, tr("The Accreditation Desk file (not with --ratings)."), tr("[FILE]"));
    parser.addOption({kWorkshop, tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("ratings"),
                      tr("Instead of a file: a CSV table of subject, rater, rating (e.g. typed in from paper sheets)."),
                      tr("CSV")});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
    addRoundOption(parser, tr("selection"));
}

int AgreementCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const bool fromCsv = parser.isSet(QStringLiteral("ratings"));
    if (fromCsv == (parser.positionalArguments().size() == 1) || (!fromCsv && !parser.isSet(kWorkshop)) ||
        (fromCsv && parser.isSet(kWorkshop))) {
        return usage(err, tr("Give either FILE --workshop W, or --ratings CSV."));
    }
    if (!checkRoundOption(parser, err)) {
        return UsageError;
    }
    const PipelineStep round = roundOption(parser, PipelineStep::Selection);
    // From a file, ReviewerAgreement::ofSubmitted chooses the ratings for each coefficient;
    // a CSV of paper sheets gives them all to each.
    QList<AgreementRating> all;
    QList<SubmittedRating> submitted;
    QList<CriterionSummary> disagreements;
    QJsonObject json;
    QString heading;
    if (fromCsv) {
        const auto read = RatingsTable::read(parser.value(QStringLiteral("ratings")));
        if (!read.ok()) {
            return fail(err, read.message());
        }
        all = read.value();
        heading = tr("Ratings of \"%1\":").arg(parser.value(QStringLiteral("ratings")));
    } else {
        const auto store = openStore(parser.positionalArguments().constFirst(), Store::Access::ReadOnly, err);
        if (!store) {
            return Failure;
        }
        const auto assessment = readAssessment(*store, parser.value(kWorkshop), round);
        if (!assessment.ok()) {
            return fail(err, assessment.message());
        }
        const WorkshopAssessment& a = assessment.value();
        if (a.ratings.isEmpty()) {
            return fail(err, tr("\"%1\" has no submitted scores in %2 yet; agreement needs at least two reviewers' "
                                "submitted ratings of the same criteria.")
                                 .arg(a.workshop.title, labelOf(round)));
        }
        QHash<QUuid, QString> names;
        for (const WorkshopApplicant& applicant : a.applicants) {
            names.insert(applicant.candidateId, applicant.name);
        }
        submitted = a.ratings;
        QJsonArray flagged;
        for (const CriterionSummary& s : ScoreStatistics::byCandidateAndCriterion(a.ratings)) {
            if (s.ratings.reviewersDisagree) {
                disagreements.append(s);
                flagged.append(
                    QJsonObject{{QStringLiteral("candidate_id"), idText(s.candidateId)},
                                {QStringLiteral("name"), names.value(s.candidateId)},
                                {QStringLiteral("criterion"), s.criterionKey},
                                {QStringLiteral("lowest"), s.ratings.lowest},
                                {QStringLiteral("highest"), s.ratings.highest},
                                {QStringLiteral("mean"), rounded(s.ratings.mean, 6)},
                                {QStringLiteral("median"), s.ratings.median},
                                {QStringLiteral("population_sd"), rounded(s.ratings.populationStandardDeviation, 6)}});
            }
        }
        json.insert(QStringLiteral("workshop"), workshopJson(a.workshop));
        json.insert(QStringLiteral("round"), keyOf(round));
        json.insert(QStringLiteral("disagreements"), flagged);
        heading = tr("Reviewers of \"%1\" in %2, submitted ratings only:").arg(a.workshop.title, labelOf(round));
        // Names for the text below.
        for (CriterionSummary& s : disagreements) {
            s.criterionKey = QString(names.value(s.candidateId) + QStringLiteral(": ") + s.criterionKey);
        }
    }

    QList<AgreementFigure> figures;
    if (fromCsv) {
        figures = {{AgreementMethod::FleissKappa, ReviewerAgreement::fleissKappa(all)},
                   {AgreementMethod::Icc21, ReviewerAgreement::icc21(all)},
                   {AgreementMethod::KrippendorffAlphaNominal,
                    ReviewerAgreement::krippendorffAlpha(all, AgreementMethod::KrippendorffAlphaNominal)},
                   {AgreementMethod::KrippendorffAlphaInterval,
                    ReviewerAgreement::krippendorffAlpha(all, AgreementMethod::KrippendorffAlphaInterval)}};
    } else {
        figures = ReviewerAgreement::ofSubmitted(submitted);
    }
    QJsonArray coefficients;
    TextTable table(
        {tr("Coefficient"), tr("Value"), tr("Band"), tr("Subjects"), tr("Raters"), tr("Ratings"), tr("Left out")});
    QStringList refusals;
    for (const AgreementFigure& figure : figures) {
        const auto& r = figure.result;
        QJsonObject o{{QStringLiteral("method"), ReviewerAgreement::methodKey(figure.method)},
                      {QStringLiteral("name"), ReviewerAgreement::methodName(figure.method)}};
        if (r.ok()) {
            const Agreement& v = r.value();
            o.insert(QStringLiteral("value"), rounded(v.value, 6));
            o.insert(QStringLiteral("band_key"), v.bandKey);
            o.insert(QStringLiteral("band"), v.band);
            o.insert(QStringLiteral("subjects"), v.subjects);
            o.insert(QStringLiteral("raters"), v.raters);
            o.insert(QStringLiteral("ratings"), v.ratings);
            o.insert(QStringLiteral("subjects_left_out"), v.subjectsLeftOut);
            table.addRow({ReviewerAgreement::methodName(figure.method), QLocale().toString(v.value, 'f', 3), v.band,
                          QString::number(v.subjects), QString::number(v.raters), QString::number(v.ratings),
                          QString::number(v.subjectsLeftOut)});
        } else {
            o.insert(QStringLiteral("value"), QJsonValue::Null);
            o.insert(QStringLiteral("refusal"), r.message());
            table.addRow({ReviewerAgreement::methodName(figure.method), QStringLiteral("—"), tr("not computed"),
                          QString(), QString(), QString(), QString()});
            refusals.append(r.message());
        }
        coefficients.append(o);
    }
    if (parser.isSet(kJson)) {
        json.insert(QStringLiteral("coefficients"), coefficients);
        printJson(out, json);
        return Success;
    }
    out << heading << Qt::endl;
    table.print(out);
    for (const QString& refusal : refusals) {
        out << refusal << Qt::endl;
    }
    out << tr("Bands: Landis & Koch (1977) for kappa, Koo & Li (2016) for ICC, Krippendorff's 0.667 / 0.800 for "
              "alpha.")
        << Qt::endl;
    if (!fromCsv) {
        if (disagreements.isEmpty()) {
            out << tr("No criterion where reviewers are %1 levels apart or more.")
                       .arg(ScoreStatistics::kDisagreementLevels)
                << Qt::endl;
        } else {
            out << tr("Reviewers %1 levels apart or more:").arg(ScoreStatistics::kDisagreementLevels) << Qt::endl;
            for (const CriterionSummary& s : disagreements) {
                out << QStringLiteral("  ")
                    << tr("%1 (ratings %2 to %3, mean %4, population SD %5)")
                           .arg(s.criterionKey)
                           .arg(s.ratings.lowest)
                           .arg(s.ratings.highest)
                           .arg(number(s.ratings.mean), number(s.ratings.populationStandardDeviation))
                    << Qt::endl;
            }
        }
    }
    return Success;
}
