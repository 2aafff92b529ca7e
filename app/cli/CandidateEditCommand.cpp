// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateEditCommand.h"

#include "CandidateFields.h"
#include "Lookup.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

CandidateEditCommand::CandidateEditCommand()
    : FileCommand(QStringLiteral("candidate-edit"),
                  tr("Change a candidate's fields, as the window's candidate editor (officers only)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Diallo"), QStringLiteral("--position"),
                    QStringLiteral("Officer {tag}")}});
}

void CandidateEditCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    CandidateFields::addOptions(parser);
}

int CandidateEditCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (!CandidateFields::anyGiven(parser)) {
        return usage(err, tr("Nothing to change: give the fields to change, e.g. --email ADDRESS (see "
                             "\"accreditation-desk-cli candidate-edit --help\")."));
    }
    Candidate candidate;
    const QStringList unread = CandidateFields::apply(parser, candidate);
    if (!unread.isEmpty()) {
        err << unread.join(QLatin1Char('\n')) << Qt::endl
            << tr("Nothing was changed. Run \"accreditation-desk-cli candidate-edit --help\" for the values each "
                  "option takes.")
            << Qt::endl;
        return UsageError;
    }
    return Success;
}

int CandidateEditCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findCandidate(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    Candidate candidate = found.value();
    const Candidate before = candidate;
    CandidateFields::apply(parser, candidate);  // checkArguments made sure every value reads
    if (candidate.isErased()) {
        return fail(err, tr("Nothing was changed: the personal data of %1 was erased; the record cannot be edited.")
                             .arg(idText(candidate.meta.id)));
    }
    if (const Validation valid = candidate.validate(); !valid.ok()) {
        return fail(err, CandidateFields::problems(valid).join(QLatin1Char('\n')) + QLatin1Char('\n') +
                             tr("Nothing was changed: correct the options above and run \"candidate-edit\" again."));
    }
    // Saved over the version read above: a change made meanwhile by someone else refuses it.
    const auto saved = store.candidates().save(candidate);
    if (!saved.ok()) {
        return fail(err, tr("Nothing was changed for %1: %2").arg(before.displayName(), saved.message()));
    }
    out << tr("Saved %1 (%2).").arg(saved.value().displayName(), idText(saved.value().meta.id)) << Qt::endl;
    return Success;
}
