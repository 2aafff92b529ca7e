// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvailableCommand.h"

#include "PeriodText.h"
#include "pool/AccreditedAdvisor.h"
#include "pool/AvailabilitySearch.h"
#include "Clock.h"
#include "DateOption.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

AvailableCommand::AvailableCommand()
    : FileCommand(QStringLiteral("available"),
                  tr("Find the accredited advisors free for planned dates, ranked by fit."), Store::Access::ReadOnly)
{
}

void AvailableCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), tr("First day of the planned activity, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the planned activity, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("language"), tr("Its working language."), tr("L")});
    parser.addOption({QStringLiteral("region"), tr("Where it takes place: %1.").arg(keyList<Region>()), tr("R")});
    parser.addOption({QStringLiteral("topic"), tr("A topic (repeat for several)."), tr("TOPIC")});
    parser.addOption({QStringLiteral("online"), tr("It takes place online.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of tables.")});
}

int AvailableCommand::readOptions(const QCommandLineParser& parser, QTextStream& err, PlannedActivity& planned)
{
    planned.from = requiredDateOption(parser, QStringLiteral("from"), err);
    planned.to = requiredDateOption(parser, QStringLiteral("to"), err);
    if (!planned.from.isValid() || !planned.to.isValid()) {
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("region"))) {
        planned.region = fromKey<Region>(parser.value(QStringLiteral("region")));
        if (!planned.region) {
            err << tr("--region is one of: %1.").arg(keyList<Region>()) << Qt::endl;
            return UsageError;
        }
    }
    planned.language = parser.value(QStringLiteral("language"));
    planned.topics = parser.values(QStringLiteral("topic"));
    planned.mode = parser.isSet(QStringLiteral("online")) ? ActivityMode::Online : ActivityMode::OnSite;
    if (auto valid = AvailabilitySearch::validate(planned).toStatus(); !valid.ok()) {
        err << valid.message() << Qt::endl;
        return Failure;
    }
    return Success;
}

int AvailableCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    PlannedActivity planned;
    return readOptions(parser, err, planned);
}

int AvailableCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    PlannedActivity planned;
    readOptions(parser, err, planned);  // checkArguments made sure it succeeds
    const auto pool = store.pool().advisors();
    if (!pool.ok()) {
        err << pool.message() << Qt::endl;
        return Failure;
    }
    const AvailabilityResult result =
        AvailabilitySearch::run(planned, pool.value(), store.settings().weekCounting(), Clock::today());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray ranked;
        for (const AvailabilityMatch& m : result.ranked) {
            ranked.append(
                QJsonObject{{QStringLiteral("id"), m.advisor.candidate.meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), m.advisor.candidate.displayName()},
                            {QStringLiteral("score"), m.score},
                            {QStringLiteral("weeks_left"), weeks(m.leftUnits)},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}});
        }
        QJsonArray excluded;
        for (const AvailabilityExclusion& e : result.excluded) {
            excluded.append(
                QJsonObject{{QStringLiteral("id"), e.advisor.candidate.meta.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), e.advisor.candidate.displayName()},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)}});
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("available"), ranked}, {QStringLiteral("excluded"), excluded}})
                .toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    out << tr("Available, best fit first:") << Qt::endl;
    TextTable ranked({tr("#"), tr("Name"), tr("Score"), tr("Weeks left"), tr("Why")});
    for (int i = 0; i < result.ranked.size(); ++i) {
        const AvailabilityMatch& m = result.ranked.at(i);
        ranked.addRow({locale.toString(i + 1), m.advisor.candidate.sortName(), locale.toString(m.score),
                       CommitmentLedger::weeksText(m.leftUnits, locale), m.reasons.join(QLatin1Char(' '))});
    }
    ranked.print(out);
    out << Qt::endl << tr("Not available:") << Qt::endl;
    TextTable excluded({tr("Name"), tr("Why")});
    for (const AvailabilityExclusion& e : result.excluded) {
        excluded.addRow({e.advisor.candidate.sortName(), e.reasons.join(QLatin1Char(' '))});
    }
    excluded.print(out);
    out << tr("%1 available, %2 not.")
               .arg(locale.toString(result.ranked.size()), locale.toString(result.excluded.size()))
        << Qt::endl;
    return Success;
}
