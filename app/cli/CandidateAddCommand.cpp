// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateAddCommand.h"

#include "CandidateFields.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

CandidateAddCommand::CandidateAddCommand()
    : FileCommand(QStringLiteral("candidate-add"),
                  tr("Add a candidate at stage \"applied\", as the window's New Candidate (officers only)."),
                  Store::Access::Edit)
{
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("--family-name"), QStringLiteral("Family {tag}"),
          QStringLiteral("--nationality"), QStringLiteral("Kenyan"), QStringLiteral("--administration"),
          QStringLiteral("Kenya Revenue Authority"), QStringLiteral("--region"), QStringLiteral("east_southern_africa"),
          QStringLiteral("--application-date"), QStringLiteral("2023-01-10")}});
}

void CandidateAddCommand::configureOptions(QCommandLineParser& parser)
{
    CandidateFields::addOptions(parser);
}

int CandidateAddCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    Candidate candidate;
    const QStringList unread = CandidateFields::apply(parser, candidate);
    if (!unread.isEmpty()) {
        err << unread.join(QLatin1Char('\n')) << Qt::endl
            << tr("Nobody was added. Run \"accreditation-desk-cli candidate-add --help\" for the values each option "
                  "takes.")
            << Qt::endl;
        return UsageError;
    }
    return Success;
}

int CandidateAddCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    Candidate candidate;
    CandidateFields::apply(parser, candidate);  // checkArguments made sure every value reads
    // The rules are core's (Candidates::save checks them again); checked here first so that
    // each problem names the option to give.
    if (const Validation valid = candidate.validate(); !valid.ok()) {
        return fail(err, CandidateFields::problems(valid).join(QLatin1Char('\n')) + QLatin1Char('\n') +
                             tr("Nobody was added: give the options above and run \"candidate-add\" again."));
    }
    const auto saved = store.candidates().save(candidate);
    if (!saved.ok()) {
        return fail(err, tr("Nobody was added: %1").arg(saved.message()));
    }
    out << tr("Added %1 at stage \"%2\" (%3).")
               .arg(saved.value().displayName(), labelOf(saved.value().stage), idText(saved.value().meta.id))
        << Qt::endl;
    return Success;
}
