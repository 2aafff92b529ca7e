// SPDX-License-Identifier: GPL-3.0-or-later
#include "InformCommand.h"

#include "store/Decisions.h"
#include "domain/Candidate.h"
#include "Lookup.h"
#include "Clock.h"
#include "DateOption.h"
#include "KeyOption.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

InformCommand::InformCommand()
    : FileCommand(QStringLiteral("inform"), tr("Record that a candidate was told of the decisions awaiting it."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--channel"), QStringLiteral("email")}});
}

void InformCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("channel"), tr("How: %1.").arg(keyList<InformChannel>()), tr("CHANNEL")});
    parser.addOption({QStringLiteral("date"), tr("When, as YYYY-MM-DD (default today)."), tr("DATE")});
}

int InformCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const bool valid = checkKeyOption<InformChannel>(parser, QStringLiteral("channel"), err) &&
                       checkDateOption(parser, QStringLiteral("date"), err);
    return valid ? Success : UsageError;
}

int InformCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    // checkArguments made sure both are right.
    const auto channel = fromKey<InformChannel>(parser.value(QStringLiteral("channel")));
    bool ok = true;
    QDate on = dateOption(parser, QStringLiteral("date"), &ok);
    if (!on.isValid()) {
        on = Clock::today();
    }
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    if (auto done = store.decisions().recordInformed(candidate.value().meta.id, on, *channel); !done.ok()) {
        return fail(err, done.message());
    }
    out << tr("%1 informed on %2 (%3).")
               .arg(candidate.value().displayName(), QLocale().toString(on, QLocale::ShortFormat), labelOf(*channel))
        << Qt::endl;
    return Success;
}
