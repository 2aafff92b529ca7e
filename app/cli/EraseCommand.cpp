// SPDX-License-Identifier: GPL-3.0-or-later
#include "EraseCommand.h"

#include "store/Candidates.h"
#include "domain/Candidate.h"
#include "Lookup.h"

#include <QCommandLineParser>
#include <QTextStream>

EraseCommand::EraseCommand()
    : FileCommand(QStringLiteral("erase"),
                  tr("Erase a candidate's personal data for good (officers only; needs --reason and --yes)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    // Untagged: a run that finds her erased by another at the same moment has nothing left
    // to do and succeeds without an entry.
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Dlamini"), QStringLiteral("--reason"),
                    QStringLiteral("Asked to be forgotten"), QStringLiteral("--yes")}});
}

void EraseCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CANDIDATE"), tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("reason"), tr("Why the data is erased; the reason is kept."), tr("TEXT")});
    parser.addOption({QStringLiteral("yes"), tr("Confirms the erasure, which cannot be undone.")});
}

Store::Access EraseCommand::access(const QCommandLineParser& parser) const
{
    // Unconfirmed, the file is only read: the refusal names who would be erased.
    return parser.isSet(QStringLiteral("yes")) ? Store::Access::Edit : Store::Access::ReadOnly;
}

int EraseCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const bool confirmed = parser.isSet(QStringLiteral("yes"));
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    const QUuid id = candidate.value().meta.id;
    const QString name = candidate.value().displayName();
    if (candidate.value().isErased()) {
        out << tr("The personal data of %1 was already erased; nothing to do.").arg(idText(id)) << Qt::endl;
        return Success;
    }
    if (!confirmed) {
        return fail(err, tr("Nothing was erased. Erasing removes the personal data of %1 (%2) from the file and its "
                            "history for good and cannot be undone: add --yes to confirm.")
                             .arg(name, idText(id)));
    }
    if (auto done = store.candidates().erasePersonalData(id, parser.value(QStringLiteral("reason"))); !done.ok()) {
        return fail(err, tr("The data of %1 was not erased: %2").arg(name, done.message()));
    }
    out << tr("The personal data of %1 was erased; the anonymous record %2 keeps the stage and decisions.")
               .arg(name, idText(id))
        << Qt::endl;
    return Success;
}
