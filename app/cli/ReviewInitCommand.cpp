// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewInitCommand.h"

#include "store/People.h"
#include "domain/Person.h"
#include "store/ReviewFile.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

ReviewInitCommand::ReviewInitCommand()
    : FileCommand(QStringLiteral("review-init"),
                  tr("Make your review file for a shared file (reviewers): your scores go there, never into the "
                     "shared file."),
                  Store::Access::ReadOnly, tr("The shared Accreditation Desk file."))
{
    declarePositionals(2, 2);
    declareCreates({{QStringLiteral("{file}"), QStringLiteral("{out}/ana.review"), QStringLiteral("--as"),
                     QStringLiteral("{reviewer}")}});
}

void ReviewInitCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("REVIEW"), tr("The review file to make (it must not exist)."));
}

int ReviewInitCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto people = store.people().all();
    const auto fileId = store.fileId();
    if (!people.ok() || !fileId.ok()) {
        err << (people.ok() ? fileId.message() : people.message()) << Qt::endl;
        return Failure;
    }
    const auto me = std::find_if(people.value().cbegin(), people.value().cend(),
                                 [&](const Person& p) { return p.meta.id == store.personId(); });
    if (me == people.value().cend() || me->role != PersonRole::Reviewer) {
        err << tr("Only a reviewer recorded in the file can make a review file; you are recorded as %1.")
                   .arg(labelOf(store.role()))
            << Qt::endl;
        return Failure;
    }
    const auto created = ReviewFile::create(parser.positionalArguments().at(1), fileId.value(), *me);
    if (!created.ok()) {
        err << created.message() << Qt::endl;
        return Failure;
    }
    out << tr("Made the review file %1 for %2.").arg(QDir::toNativeSeparators(created.value()->path()), me->name)
        << Qt::endl;
    return Success;
}
