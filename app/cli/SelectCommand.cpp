// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectCommand.h"

#include "WorkshopAssessment.h"
#include "assessment/Ranking.h"
#include "assessment/SelectionHelper.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

SelectCommand::SelectCommand()
    : FileCommand(QStringLiteral("select"), tr("Propose the best participants for a workshop's seats, with reasons."),
                  Store::Access::ReadOnly)
{
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

// Gives the free functions of this file a translation context that lupdate sees.
struct AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentText)
};

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
