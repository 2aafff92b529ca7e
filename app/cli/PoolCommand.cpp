// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolCommand.h"

#include "PeriodText.h"
#include "pool/AccreditedAdvisor.h"
#include "Clock.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject advisorJson(const AccreditedAdvisor& a, WeekCounting rule, const QDate& today)
{
    const CommitmentLedger ledger = a.ledger(rule);
    QJsonArray unavailable;
    for (const Unavailability& u : a.unavailability) {
        unavailable.append(QJsonObject{{QStringLiteral("from"), dateJson(u.from)},
                                       {QStringLiteral("to"), dateJson(u.to)},
                                       {QStringLiteral("reason"), u.reason}});
    }
    return {{QStringLiteral("id"), a.candidate.meta.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("family_name"), a.candidate.familyName},
            {QStringLiteral("given_names"), a.candidate.givenNames},
            {QStringLiteral("region"), a.candidate.region ? QJsonValue(keyOf(*a.candidate.region)) : QJsonValue()},
            {QStringLiteral("state"), keyOf(a.state(today))},
            {QStringLiteral("accredited_on"), dateJson(a.accreditedOn)},
            {QStringLiteral("commitment_end"), dateJson(a.commitmentEnd())},
            {QStringLiteral("weeks_used"), weeks(ledger.committedUsedUnits())},
            {QStringLiteral("weeks_left"), weeks(ledger.leftUnits())},
            {QStringLiteral("weeks_voluntary_extra"), weeks(ledger.extraUnits())},
            {QStringLiteral("summary"), ledger.summaryIso(QLocale::c())},
            {QStringLiteral("leaves_pool_on"), dateJson(a.leavesWithin(today))},
            {QStringLiteral("unavailability"), unavailable}};
}

}  // namespace

PoolCommand::PoolCommand()
    : FileCommand(QStringLiteral("pool"), tr("List the accredited advisors with the weeks of their commitment."),
                  Store::Access::ReadOnly)
{
}

void PoolCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int PoolCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto pool = store.pool().advisors();
    if (!pool.ok()) {
        err << pool.message() << Qt::endl;
        return Failure;
    }
    const WeekCounting rule = store.settings().weekCounting();
    const QDate today = Clock::today();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccreditedAdvisor& a : pool.value()) {
            array.append(advisorJson(a, rule, today));
        }
        printJson(out, array);
        return Success;
    }
    const QLocale locale;
    TextTable table({tr("Name"), tr("Region"), tr("State"), tr("Accredited on"), tr("Commitment"), tr("Weeks left"),
                     tr("Leaves the pool"), tr("Unavailable")});
    int leaving = 0;
    for (const AccreditedAdvisor& a : pool.value()) {
        const CommitmentLedger ledger = a.ledger(rule);
        QStringList unavailable;
        for (const Unavailability& u : a.unavailability) {
            unavailable.append(tr("%1 (%2)").arg(dates(u.from, u.to), u.reason));
        }
        const QDate leaves = a.leavesWithin(today);
        leaving += leaves.isValid() ? 1 : 0;
        table.addRow({a.candidate.sortName(), a.candidate.region ? labelOf(*a.candidate.region) : QString(),
                      labelOf(a.state(today)), a.accreditedOn.toString(Qt::ISODate), ledger.summaryIso(locale),
                      CommitmentLedger::weeksText(ledger.leftUnits(), locale), leaves.toString(Qt::ISODate),
                      unavailable.join(QStringLiteral("; "))});
    }
    table.print(out);
    out << tr("%Ln advisor(s); weeks counted as: %1.", nullptr, int(pool.value().size())).arg(labelOf(rule))
        << Qt::endl;
    if (leaving > 0) {
        out << tr("%Ln leave(s) the pool in the next six months.", nullptr, leaving) << Qt::endl;
    }
    return Success;
}
