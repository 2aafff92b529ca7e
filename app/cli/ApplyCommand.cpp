// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyCommand.h"

#include "store/Assessment.h"
#include "store/Workshops.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "assessment/WorkshopApplicant.h"
#include "Lookup.h"

#include <QCommandLineParser>
#include <QTextStream>

ApplyCommand::ApplyCommand()
    : FileCommand(QStringLiteral("apply"),
                  tr("Record the workshop a candidate applies to (without a seat), or withdraw the application."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Diallo"), QStringLiteral("--workshop"),
                    QStringLiteral("Nairobi")}});
}

void ApplyCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("workshop"), tr("The workshop applied to (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("none"), tr("Withdraw the application (only without a seat).")});
}

int ApplyCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("workshop")) == parser.isSet(QStringLiteral("none"))) {
        return usage(err, tr("Give either --workshop W or --none."));
    }
    return Success;
}

int ApplyCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto candidate = findCandidate(store, parser.positionalArguments().at(1));
    if (!candidate.ok()) {
        return fail(err, candidate.message());
    }
    QUuid workshopId;
    QString title;
    if (parser.isSet(QStringLiteral("workshop"))) {
        const auto workshop = findWorkshop(store, parser.value(QStringLiteral("workshop")));
        if (!workshop.ok()) {
            return fail(err, workshop.message());
        }
        workshopId = workshop.value().meta.id;
        title = workshop.value().title;
    }
    if (auto done = store.workshops().apply(candidate.value().meta.id, workshopId); !done.ok()) {
        return fail(err, done.message());
    }
    if (workshopId.isNull()) {
        out << tr("%1 has applied to no workshop now.").arg(candidate.value().displayName()) << Qt::endl;
        return Success;
    }
    const auto applicants = store.assessment().applicants(workshopId);
    out << tr("%1 has applied to \"%2\" (%n applicant(s)).", nullptr,
              applicants.ok() ? int(applicants.value().size()) : 0)
               .arg(candidate.value().displayName(), title)
        << Qt::endl;
    return Success;
}
