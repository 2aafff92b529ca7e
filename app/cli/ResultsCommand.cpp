// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsCommand.h"

#include "Lookup.h"
#include "TextTable.h"
#include "WorkshopAssessment.h"
#include "assessment/WorkshopResults.h"
#include "store/Assessment.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

QJsonValue orNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject participantJson(const WorkshopResults& results, const ParticipantResult& p)
{
    QJsonArray criteria;
    for (const CriterionResult& c : p.criteria) {
        QJsonArray ratings;
        for (const ResultsAssessor& a : results.assessors) {
            if (const auto r = c.ratings.constFind(a.id); r != c.ratings.constEnd()) {
                ratings.append(QJsonObject{{QStringLiteral("assessor_id"), Command::idText(a.id)},
                                           {QStringLiteral("assessor"), a.name},
                                           {QStringLiteral("rating"), *r}});
            }
        }
        const auto mean = c.mean();
        criteria.append(QJsonObject{{QStringLiteral("key"), c.criterionKey},
                                    {QStringLiteral("ratings"), ratings},
                                    {QStringLiteral("mean"), mean ? QJsonValue(rounded(*mean, 6)) : QJsonValue()},
                                    {QStringLiteral("consensus"), orNull(c.consensus)},
                                    {QStringLiteral("consensus_comment"), c.consensusComment}});
    }
    QJsonValue outcome;
    if (p.outcome) {
        outcome = QJsonObject{{QStringLiteral("passed"), p.outcome->passed},
                              {QStringLiteral("note"), p.outcome->note},
                              {QStringLiteral("recorded_at"), p.outcome->recordedAt.toString(Qt::ISODate)},
                              {QStringLiteral("recorded_by"), p.outcome->recordedBy}};
    }
    QJsonValue decision;
    if (p.decision) {
        decision = QJsonObject{
            {QStringLiteral("to"), keyOf(p.decision->to)},
            {QStringLiteral("decided_at"), p.decision->decidedAt.toString(Qt::ISODate)},
            {QStringLiteral("informed_on"),
             p.decision->isInformed() ? QJsonValue(p.decision->informedOn.toString(Qt::ISODate)) : QJsonValue()}};
    }
    return {{QStringLiteral("candidate_id"), Command::idText(p.candidateId)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("administration"), p.administration},
            {QStringLiteral("stage"), keyOf(p.stage)},
            {QStringLiteral("others_hidden"), p.othersHidden},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("decision"), decision}};
}

}  // namespace

ResultsCommand::ResultsCommand()
    : FileCommand(QStringLiteral("results"),
                  tr("Show a workshop's Stage 2 results: each participant's ratings on its criteria, the consensus "
                     "and the outcome."),
                  Store::Access::ReadOnly)
{
    declarePositionals(2, 2);
}

void ResultsCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kWorkshop, tr("The workshop (id or words of its title)."), tr("WORKSHOP"));
    parser.addOption({kJson, tr("Print JSON instead of tables.")});
}

int ResultsCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto workshop = findWorkshop(store, parser.positionalArguments().at(1));
    if (!workshop.ok()) {
        return fail(err, workshop.message());
    }
    const auto read = store.assessment().workshopResults(workshop.value().meta.id);
    if (!read.ok()) {
        return fail(err, read.message());
    }
    const WorkshopResults& results = read.value();
    if (parser.isSet(kJson)) {
        QJsonArray criteria;
        for (const Criterion& c : results.criteria) {
            criteria.append(QJsonObject{{QStringLiteral("key"), QString(QStringLiteral("workshop:") + c.key)},
                                        {QStringLiteral("name"), c.name}});
        }
        QJsonArray assessors;
        for (const ResultsAssessor& a : results.assessors) {
            assessors.append(QJsonObject{{QStringLiteral("id"), idText(a.id)}, {QStringLiteral("name"), a.name}});
        }
        QJsonArray participants;
        for (const ParticipantResult& p : results.participants) {
            participants.append(participantJson(results, p));
        }
        printJson(out, QJsonObject{{QStringLiteral("workshop"), workshopJson(results.workshop)},
                                   {QStringLiteral("criteria"), criteria},
                                   {QStringLiteral("assessors"), assessors},
                                   {QStringLiteral("participants"), participants}});
        return Success;
    }
    const QLocale locale;
    out << tr("\"%1\": Stage 2 results, %n participant(s); submitted ratings on the workshop's own criteria.", nullptr,
              int(results.participants.size()))
               .arg(results.workshop.title)
        << Qt::endl;
    if (results.criteria.isEmpty()) {
        out << tr("The workshop has no criteria of its own; add them with workshop-criteria FILE W --add NAME.")
            << Qt::endl;
    }
    if (results.participants.isEmpty()) {
        out << tr("Nobody has taken part yet: the participants are those confirmed for the workshop.") << Qt::endl;
        return Success;
    }
    QStringList headers = {tr("Criterion")};
    for (const ResultsAssessor& a : results.assessors) {
        headers.append(a.name);
    }
    headers << tr("Mean") << tr("Consensus");
    for (const ParticipantResult& p : results.participants) {
        out << Qt::endl
            << tr("%1 (%2), %3. Outcome: %4. Decision: %5.")
                   .arg(p.name, p.administration, labelOf(p.stage), WorkshopResults::outcomeText(p),
                        WorkshopResults::decisionText(p, locale))
            << Qt::endl;
        if (p.othersHidden) {
            out << tr("The other assessors' ratings and the consensus show once you submit your own form of this "
                      "candidate (submit FILE CANDIDATE --reviewer YOU).")
                << Qt::endl;
        }
        if (results.criteria.isEmpty()) {
            continue;
        }
        TextTable table(headers);
        for (int i = 0; i < p.criteria.size(); ++i) {
            const CriterionResult& c = p.criteria.at(i);
            QStringList row = {results.criteria.at(i).name};
            for (const ResultsAssessor& a : results.assessors) {
                const auto r = c.ratings.constFind(a.id);
                row.append(r == c.ratings.constEnd() ? QStringLiteral("–") : locale.toString(*r));
            }
            const auto mean = c.mean();
            row.append(mean ? WorkshopResults::meanText(*mean, locale) : QStringLiteral("–"));
            row.append(c.consensus ? locale.toString(*c.consensus) : QStringLiteral("–"));
            table.addRow(row);
        }
        table.print(out);
    }
    return Success;
}
