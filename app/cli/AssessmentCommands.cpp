// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentCommands.h"

#include "Assessment.h"
#include "Lookup.h"
#include "Ranking.h"
#include "RatingsTable.h"
#include "ReviewerAgreement.h"
#include "ScoreStatistics.h"
#include "SelectionHelper.h"
#include "SubmittedRating.h"
#include "TextTable.h"
#include "Workshop.h"
#include "WorkshopApplicant.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

const QString kFile = QStringLiteral("FILE");
const QString kWorkshop = QStringLiteral("workshop");
const QString kJson = QStringLiteral("json");

/// Totals are means: two decimals at most, as the locale writes them.
QString number(double value)
{
    return QLocale().toString(std::round(value * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

/// What the three commands read: the workshop, its applicants, their submitted ratings and
/// the values the ranking is made of (consensus where recorded, else the mean).
struct WorkshopAssessment {
    Workshop workshop;
    QList<WorkshopApplicant> applicants;
    QList<SubmittedRating> ratings;
    QList<CriterionValue> values;
};

Result<WorkshopAssessment> readAssessment(const Store& store, const QString& workshopArgument)
{
    using R = Result<WorkshopAssessment>;
    const auto workshop = findWorkshop(store, workshopArgument);
    if (!workshop.ok()) {
        return R(workshop.error());
    }
    const auto applicants = store.assessment().applicants(workshop.value().meta.id);
    if (!applicants.ok()) {
        return R(applicants.error());
    }
    const auto ratings = store.assessment().ratings(workshop.value().meta.id);
    if (!ratings.ok()) {
        return R(ratings.error());
    }
    const auto values = store.assessment().criterionValues(workshop.value().meta.id);
    if (!values.ok()) {
        return R(values.error());
    }
    return WorkshopAssessment{workshop.value(), applicants.value(), ratings.value(), values.value()};
}

QList<RankedCandidate> rankingOf(const WorkshopAssessment& a)
{
    return Ranking::rank(a.applicants, a.values, a.workshop.capacity);
}

int consensusCount(const WorkshopAssessment& a)
{
    return int(
        std::count_if(a.values.cbegin(), a.values.cend(), [](const CriterionValue& v) { return v.fromConsensus; }));
}

QJsonObject workshopJson(const Workshop& w)
{
    return {{QStringLiteral("id"), Command::idText(w.meta.id)},
            {QStringLiteral("title"), w.title},
            {QStringLiteral("seats"), w.capacity}};
}

// Gives the free functions of this file a translation context that lupdate sees.
struct AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentText)
};

}  // namespace

// --- ranking -------------------------------------------------------------------------------

RankingCommand::RankingCommand()
    : FileCommand(QStringLiteral("ranking"), tr("Rank a workshop's applicants for Stage 1 against its seats."),
                  Store::Access::ReadOnly)
{
    declarePositionals(1, 1);
}

void RankingCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({kWorkshop, tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({kJson, tr("Print JSON instead of a table.")});
}

int RankingCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!parser.isSet(kWorkshop)) {
        return usage(err, tr("Name the workshop with --workshop W."));
    }
    return Success;
}

int RankingCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto assessment = readAssessment(store, parser.value(kWorkshop));
    if (!assessment.ok()) {
        return fail(err, assessment.message());
    }
    const WorkshopAssessment& a = assessment.value();
    const QList<RankedCandidate> ranked = rankingOf(a);
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const RankedCandidate& r : ranked) {
            array.append(QJsonObject{{QStringLiteral("rank"), r.rank},
                                     {QStringLiteral("candidate_id"), idText(r.applicant.candidateId)},
                                     {QStringLiteral("name"), r.applicant.name},
                                     {QStringLiteral("stage"), keyOf(r.applicant.stage)},
                                     {QStringLiteral("total"), rounded(r.total, 6)},
                                     {QStringLiteral("counted_total"), rounded(r.countedTotal, 6)},
                                     {QStringLiteral("advantage_total"), rounded(r.advantageTotal, 6)},
                                     {QStringLiteral("criteria_valued"), r.criteriaValued},
                                     {QStringLiteral("within_seats"), r.withinSeats},
                                     {QStringLiteral("tied_at_last_seat"), r.tiedAtLastSeat}});
        }
        QJsonObject o;
        o.insert(QStringLiteral("workshop"), workshopJson(a.workshop));
        o.insert(QStringLiteral("values"), QStringLiteral("consensus_else_mean_of_submitted_ratings"));
        o.insert(QStringLiteral("consensus_values"), consensusCount(a));
        o.insert(QStringLiteral("ranking"), array);
        printJson(out, o);
        return Success;
    }
    out << tr("\"%1\": %2 seats; totals of counted criteria and advantages, each the officer's consensus where "
              "recorded (%3 values), else the mean of the submitted ratings.")
               .arg(a.workshop.title)
               .arg(a.workshop.capacity)
               .arg(consensusCount(a))
        << Qt::endl;
    if (ranked.isEmpty()) {
        out << tr("The workshop has no applicants yet.") << Qt::endl;
        return Success;
    }
    TextTable table({tr("Rank"), tr("Candidate"), tr("Total"), tr("Counted"), tr("Advantages"), tr("Criteria"),
                     tr("Stage"), tr("Within seats")});
    for (const RankedCandidate& r : ranked) {
        QString within = r.withinSeats ? tr("yes") : tr("no");
        if (r.tiedAtLastSeat) {
            within += QString(QStringLiteral(" ") + tr("(tied for the last seat)"));
        } else if (r.criteriaValued == 0) {
            within = tr("not scored yet");
        } else if (!r.applicant.competesForSeat()) {
            within = tr("no longer competing");
        }
        table.addRow({QString::number(r.rank), r.applicant.name, number(r.total), number(r.countedTotal),
                      number(r.advantageTotal), QString::number(r.criteriaValued), labelOf(r.applicant.stage), within});
    }
    table.print(out);
    return Success;
}

// --- agreement -----------------------------------------------------------------------------

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
}

int AgreementCommand::execute(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const bool fromCsv = parser.isSet(QStringLiteral("ratings"));
    if (fromCsv == (parser.positionalArguments().size() == 1) || (!fromCsv && !parser.isSet(kWorkshop)) ||
        (fromCsv && parser.isSet(kWorkshop))) {
        return usage(err, tr("Give either FILE --workshop W, or --ratings CSV."));
    }
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
        const auto assessment = readAssessment(*store, parser.value(kWorkshop));
        if (!assessment.ok()) {
            return fail(err, assessment.message());
        }
        const WorkshopAssessment& a = assessment.value();
        if (a.ratings.isEmpty()) {
            return fail(err, tr("\"%1\" has no submitted scores yet; agreement needs at least two reviewers' "
                                "submitted ratings of the same criteria.")
                                 .arg(a.workshop.title));
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
        json.insert(QStringLiteral("disagreements"), flagged);
        heading = tr("Reviewers of \"%1\", submitted ratings only:").arg(a.workshop.title);
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

// --- select --------------------------------------------------------------------------------

SelectCommand::SelectCommand()
    : FileCommand(QStringLiteral("select"), tr("Propose the best participants for a workshop's seats, with reasons."),
                  Store::Access::ReadOnly)
{
    declarePositionals(1, 1);
}

void SelectCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({kWorkshop, tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("max-per-administration"), tr("At most K from one administration."), tr("K")});
    parser.addOption(
        {QStringLiteral("min-per-gender"),
         tr("At least N of a gender (%1) where the pool allows; repeat for several.").arg(keyList<Gender>()),
         tr("G=N")});
    parser.addOption(
        {QStringLiteral("min-per-region"),
         tr("At least N from a region (%1) where the pool allows; repeat for several.").arg(keyList<Region>()),
         tr("R=N")});
    parser.addOption({kJson, tr("Print JSON instead of text.")});
}

namespace {

/// Reads repeated KEY=N options into `target`; the message on failure, empty when fine.
template<typename E>
QString readMinimums(const QStringList& values, const QString& option, QMap<E, int>& target)
{
    for (const QString& v : values) {
        const QString key = v.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int count = v.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        const auto value = fromKey<E>(key);
        if (!v.contains(QLatin1Char('=')) || !value || !ok || count < 0) {
            return AssessmentText::tr("--%1 takes KEY=N, KEY one of: %2 (\"%3\" given).").arg(option, keyList<E>(), v);
        }
        target.insert(*value, count);
    }
    return {};
}

QJsonObject choiceJson(const SelectionCandidate& c, const QString& explanation)
{
    return {{QStringLiteral("candidate_id"), Command::idText(c.candidateId)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("total"), rounded(c.total, 6)},
            {QStringLiteral("administration"), c.administration},
            {QStringLiteral("gender"), keyOf(c.gender)},
            {QStringLiteral("region"), c.region ? QJsonValue(keyOf(*c.region)) : QJsonValue()},
            {QStringLiteral("explanation"), explanation}};
}

}  // namespace

int SelectCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, SelectionRules& rules)
{
    if (!parser.isSet(kWorkshop)) {
        return usage(err, tr("Name the workshop with --workshop W."));
    }
    if (parser.isSet(QStringLiteral("max-per-administration"))) {
        bool ok = false;
        rules.maxPerAdministration = parser.value(QStringLiteral("max-per-administration")).toInt(&ok);
        if (!ok || rules.maxPerAdministration < 1) {
            return usage(err, tr("--max-per-administration must be a whole number of 1 or more."));
        }
    }
    if (const QString problem = readMinimums(parser.values(QStringLiteral("min-per-gender")),
                                             QStringLiteral("min-per-gender"), rules.minPerGender);
        !problem.isEmpty()) {
        return usage(err, problem);
    }
    if (const QString problem = readMinimums(parser.values(QStringLiteral("min-per-region")),
                                             QStringLiteral("min-per-region"), rules.minPerRegion);
        !problem.isEmpty()) {
        return usage(err, problem);
    }
    return Success;
}

int SelectCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    SelectionRules rules;
    return readOptions(parser, err, rules);
}

int SelectCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    SelectionRules rules;
    readOptions(parser, err, rules);  // checkArguments made sure it succeeds
    const auto assessment = readAssessment(store, parser.value(kWorkshop));
    if (!assessment.ok()) {
        return fail(err, assessment.message());
    }
    const WorkshopAssessment& a = assessment.value();
    rules.seats = a.workshop.capacity;
    const SelectionPool pool = Ranking::selectionPool(rankingOf(a));
    const auto proposed = SelectionHelper::propose(pool.candidates, rules);
    if (!proposed.ok()) {
        return fail(err, proposed.message());
    }
    const SelectionProposal& p = proposed.value();
    if (parser.isSet(kJson)) {
        QJsonArray picks;
        QJsonArray leftOut;
        QJsonArray others;
        for (const SelectionChoice& c : p.picks) {
            picks.append(choiceJson(c.candidate, c.explanation));
        }
        for (const SelectionChoice& c : p.leftOut) {
            leftOut.append(choiceJson(c.candidate, c.explanation));
        }
        for (const NotConsidered& n : pool.notConsidered) {
            others.append(QJsonObject{{QStringLiteral("candidate_id"), idText(n.ranked.applicant.candidateId)},
                                      {QStringLiteral("name"), n.ranked.applicant.name},
                                      {QStringLiteral("stage"), keyOf(n.ranked.applicant.stage)},
                                      {QStringLiteral("needs_override"), !n.ranked.applicant.screeningPassed},
                                      {QStringLiteral("explanation"), n.reason}});
        }
        QJsonObject o;
        o.insert(QStringLiteral("workshop"), workshopJson(a.workshop));
        o.insert(QStringLiteral("total"), rounded(p.total, 6));
        o.insert(QStringLiteral("places_short"), p.placesShort);
        o.insert(QStringLiteral("picks"), picks);
        o.insert(QStringLiteral("left_out"), leftOut);
        o.insert(QStringLiteral("not_considered"), others);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(p.notes));
        printJson(out, o);
        return Success;
    }
    out << tr("Proposal for \"%1\" (nothing is recorded):").arg(a.workshop.title) << Qt::endl;
    for (const QString& note : p.notes) {
        out << QStringLiteral("  ") << note << Qt::endl;
    }
    const auto print = [&out](const QString& title, const QList<QStringList>& rows) {
        if (rows.isEmpty()) {
            return;
        }
        out << Qt::endl << title << Qt::endl;
        TextTable table({tr("Candidate"), tr("Total"), tr("Administration"), tr("Why")});
        for (const QStringList& row : rows) {
            table.addRow(row);
        }
        table.print(out);
    };
    QList<QStringList> rows;
    for (const SelectionChoice& c : p.picks) {
        rows.append({c.candidate.name, number(c.candidate.total), c.candidate.administration, c.explanation});
    }
    print(tr("Picked:"), rows);
    rows.clear();
    for (const SelectionChoice& c : p.leftOut) {
        rows.append({c.candidate.name, number(c.candidate.total), c.candidate.administration, c.explanation});
    }
    print(tr("Left out:"), rows);
    rows.clear();
    for (const NotConsidered& n : pool.notConsidered) {
        rows.append({n.ranked.applicant.name, number(n.ranked.total), n.ranked.applicant.administration, n.reason});
    }
    print(tr("Not considered:"), rows);
    out << Qt::endl
        << tr("Record each decision through the pipeline with its reason (\"advance FILE CANDIDATE --to selected "
              "--reason TEXT\").")
        << Qt::endl;
    return Success;
}
