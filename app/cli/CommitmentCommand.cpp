// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentCommand.h"

#include "store/Decisions.h"
#include "domain/Candidate.h"
#include "Lookup.h"
#include "domain/AvailabilityCommitment.h"
#include "DateOption.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

CommitmentCommand::CommitmentCommand()
    : FileCommand(QStringLiteral("commitment"),
                  tr("Record a participant's availability commitment (point 5 of the call)."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Njoroge"), QStringLiteral("--given"),
                    QStringLiteral("{today}"), QStringLiteral("--how"), QStringLiteral("{tag}")}});
}

void CommitmentCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("given"), tr("When it was given, as YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("how"), tr("How it was given, e.g. \"signed form by e-mail\"."), tr("TEXT")});
}

int CommitmentCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    bool ok = true;
    const QDate givenOn = dateOption(parser, QStringLiteral("given"), &ok);
    if (!ok || !givenOn.isValid()) {
        return usage(err, tr("--given must be a date as YYYY-MM-DD."));
    }
    return Success;
}

int CommitmentCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    AvailabilityCommitment c;
    c.givenOn = dateOption(parser, QStringLiteral("given"), &ok);  // checked: a date
    c.how = parser.value(QStringLiteral("how"));
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    c.candidateId = candidate.value().meta.id;
    if (auto done = store.decisions().recordCommitment(c); !done.ok()) {
        return fail(err, done.message());
    }
    out << tr("Commitment of %1 recorded (given %2).")
               .arg(candidate.value().displayName(), QLocale().toString(c.givenOn, QLocale::ShortFormat))
        << Qt::endl;
    return Success;
}
