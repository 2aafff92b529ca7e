// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankingCommand.h"

#include "WorkshopAssessment.h"
#include "assessment/Ranking.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

RankingCommand::RankingCommand()
    : FileCommand(QStringLiteral("ranking"), tr("Rank a workshop's applicants for Stage 1 against its seats."),
                  Store::Access::ReadOnly)
{
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
