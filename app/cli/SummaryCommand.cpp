// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryCommand.h"

#include "Lookup.h"
#include "TextTable.h"
#include "WorkshopAssessment.h"
#include "assessment/RoundSummary.h"
#include "store/Assessment.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

const QString kBy = QStringLiteral("by");

QJsonObject countsJson(const SummaryCounts& c)
{
    return {{QStringLiteral("applied"), c.applied},
            {QStringLiteral("selected"), c.selected},
            {QStringLiteral("passed"), c.passed},
            {QStringLiteral("accredited"), c.accredited}};
}

QStringList countCells(const SummaryCounts& c, const QLocale& locale)
{
    return {locale.toString(c.applied), locale.toString(c.selected), locale.toString(c.passed),
            locale.toString(c.accredited)};
}

}  // namespace

SummaryCommand::SummaryCommand()
    : FileCommand(QStringLiteral("summary"),
                  tr("Show how many applied, were selected, passed the workshop and were accredited, by region, "
                     "gender and administration."),
                  Store::Access::ReadOnly)
{
}

void SummaryCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({kWorkshop, tr("Only the applicants of this workshop (id or words of its title)."), tr("W")});
    parser.addOption(
        {kBy, tr("Only this breakdown: region, gender or administration (all three when left out)."), tr("DIMENSION")});
    parser.addOption({kJson, tr("Print JSON instead of tables.")});
}

int SummaryCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(kBy) && !RoundSummary::dimensionFromKey(parser.value(kBy))) {
        return usage(err, tr("--by takes region, gender or administration, not \"%1\".").arg(parser.value(kBy)));
    }
    return Success;
}

int SummaryCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    QUuid workshopId;
    if (parser.isSet(kWorkshop)) {
        const auto workshop = findWorkshop(store, parser.value(kWorkshop));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
    }
    const auto read = store.assessment().roundSummary(workshopId);
    if (!read.ok()) {
        return fail(err, read.message());
    }
    const RoundSummary& summary = read.value();
    const QList<SummaryDimension> dimensions =
        parser.isSet(kBy) ? QList<SummaryDimension>{*RoundSummary::dimensionFromKey(parser.value(kBy))}
                          : RoundSummary::dimensions();
    if (parser.isSet(kJson)) {
        QJsonObject o;
        o.insert(QStringLiteral("scope"), workshopId.isNull() ? QStringLiteral("file") : QStringLiteral("workshop"));
        if (!workshopId.isNull()) {
            o.insert(QStringLiteral("workshop"), QJsonObject{{QStringLiteral("id"), idText(workshopId)},
                                                             {QStringLiteral("title"), summary.workshopTitle}});
        }
        o.insert(QStringLiteral("totals"), countsJson(summary.totals));
        for (SummaryDimension d : dimensions) {
            QJsonArray groups;
            for (const SummaryGroup& g : summary.groups(d)) {
                QJsonObject group = countsJson(g.counts);
                group.insert(QStringLiteral("key"), g.key.isEmpty() ? QJsonValue() : QJsonValue(g.key));
                group.insert(QStringLiteral("label"), g.label);
                groups.append(group);
            }
            o.insert(QStringLiteral("by_") + RoundSummary::keyOf(d), groups);
        }
        printJson(out, o);
        return Success;
    }
    const QLocale locale;
    out << tr("Round summary: %1.").arg(summary.scopeText()) << Qt::endl;
    const QStringList counts = {tr("Applied"), tr("Selected"), tr("Passed the workshop"), tr("Accredited")};
    TextTable totals(QStringList{QString()} + counts);
    totals.addRow(QStringList{tr("All")} + countCells(summary.totals, locale));
    totals.print(out);
    for (SummaryDimension d : dimensions) {
        out << Qt::endl;
        TextTable table(QStringList{RoundSummary::labelOf(d)} + counts);
        for (const SummaryGroup& g : summary.groups(d)) {
            table.addRow(QStringList{g.label} + countCells(g.counts, locale));
        }
        table.print(out);
    }
    return Success;
}
