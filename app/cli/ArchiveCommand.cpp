// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveCommand.h"

#include "Lookup.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

ArchiveCommand::ArchiveCommand(bool archive)
    : FileCommand(archive ? QStringLiteral("archive") : QStringLiteral("unarchive"),
                  archive ? tr("Archive a candidate: hidden from the list, kept whole, recoverable with "
                               "\"unarchive\" (officers only).")
                          : tr("Bring an archived candidate back to the list (officers only)."),
                  Store::Access::Edit)
    , m_archive(archive)
{
    declarePositionals(2, 2);
    // Untagged: a run that finds the candidate already archived (or back) by another at the
    // same moment has nothing to do and succeeds without an entry. The concurrency test
    // archives Tupou in its template, for "unarchive" to bring back.
    declareWrites({{QStringLiteral("{file}"), archive ? QStringLiteral("Diallo") : QStringLiteral("Tupou")}});
}

void ArchiveCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
}

int ArchiveCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findCandidate(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    const Candidate& candidate = found.value();
    if (candidate.isArchived() == m_archive) {
        out << (m_archive ? tr("%1 is already archived; nothing to do.") : tr("%1 is not archived; nothing to do."))
                   .arg(candidate.displayName())
            << Qt::endl;
        return Success;
    }
    if (auto done = store.candidates().setArchived(candidate.meta.id, m_archive); !done.ok()) {
        return fail(err, (m_archive ? tr("%1 was not archived: %2") : tr("%1 was not brought back: %2"))
                             .arg(candidate.displayName(), done.message()));
    }
    out << (m_archive ? tr("Archived %1 (%2); \"unarchive\" brings them back.")
                      : tr("Brought %1 (%2) back to the list."))
               .arg(candidate.displayName(), idText(candidate.meta.id))
        << Qt::endl;
    return Success;
}
