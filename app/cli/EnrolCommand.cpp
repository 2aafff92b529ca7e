// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolCommand.h"

#include "store/Workshops.h"
#include "domain/Candidate.h"
#include "domain/Workshop.h"
#include "Lookup.h"
#include "domain/Pipeline.h"

#include <QCommandLineParser>
#include <QTextStream>

EnrolCommand::EnrolCommand()
    : FileCommand(QStringLiteral("enrol"),
                  tr("Give a candidate a seat in a workshop, or hand an applicant's seat back."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Diallo"), QStringLiteral("--workshop"),
                    QStringLiteral("Nairobi")}});
}

void EnrolCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addOption({QStringLiteral("workshop"), tr("The workshop (id or words of its title)."), tr("W")});
    parser.addOption({QStringLiteral("none"), tr("Hand the seat back (applicants only).")});
}

int EnrolCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("workshop")) == parser.isSet(QStringLiteral("none"))) {
        return usage(err, tr("Give either --workshop W or --none."));
    }
    return Success;
}

int EnrolCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
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
    // A seat is in the workshop applied to: the store records the application with the seat,
    // and moves it from another workshop; said here, so that the move is never a surprise.
    const auto appliedBefore = store.workshops().applicationOf(candidate.value().meta.id);
    if (!appliedBefore.ok()) {
        return fail(err, appliedBefore.message());
    }
    if (auto done = store.workshops().enrol(candidate.value().meta.id, workshopId); !done.ok()) {
        return fail(err, done.message());
    }
    if (workshopId.isNull()) {
        out << tr("%1 holds no seat now.").arg(candidate.value().displayName()) << Qt::endl;
    } else {
        const auto seats = store.workshops().seats();
        int taken = 0;
        int capacity = 0;
        for (const WorkshopSeats& s : seats.ok() ? seats.value() : QList<WorkshopSeats>()) {
            if (s.id == workshopId) {
                taken = s.taken;
                capacity = s.capacity;
            }
        }
        out << tr("%1 holds a seat in \"%2\" (%3 / %4).")
                   .arg(candidate.value().displayName(), title)
                   .arg(taken)
                   .arg(capacity)
            << Qt::endl;
        if (appliedBefore.value().isNull()) {
            out << tr("They had applied to no workshop: their application to \"%1\" is recorded with the seat.")
                       .arg(title)
                << Qt::endl;
        } else if (appliedBefore.value() != workshopId) {
            const auto before = findWorkshop(store, Command::idText(appliedBefore.value()));
            out << tr("Their application moved from \"%1\" to \"%2\": a seat is in the workshop applied to.")
                       .arg(before.ok() ? before.value().title : Command::idText(appliedBefore.value()), title)
                << Qt::endl;
        }
    }
    return Success;
}
