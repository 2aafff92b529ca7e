// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachCommand.h"

#include "KeyOption.h"
#include "Lookup.h"
#include "domain/Attachment.h"
#include "domain/DocumentType.h"
#include "domain/Candidate.h"
#include "store/Candidates.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

AttachCommand::AttachCommand()
    : FileCommand(QStringLiteral("attach"),
                  tr("Attach a document to a candidate, kept inside the file (officers only)."), Store::Access::Edit)
{
    declarePositionals(3, 3);
    // {csv} is plain text, a document type we accept, with the run's tag in its name.
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Dlamini"), QStringLiteral("{csv}")}});
}

void AttachCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(kCandidate, tr("The candidate (id or name)."));
    parser.addPositionalArgument(QStringLiteral("DOCUMENT"),
                                 tr("The document to attach: %1.").arg(DocumentType::acceptedList()));
    parser.addOption({QStringLiteral("kind"),
                      tr("What the document is: %1 (default other).").arg(keyList<AttachmentKind>()), tr("KIND")});
}

int AttachCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (parser.isSet(QStringLiteral("kind")) && !checkKeyOption<AttachmentKind>(parser, QStringLiteral("kind"), err)) {
        return UsageError;
    }
    return Success;
}

int AttachCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findCandidate(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    const AttachmentKind kind =
        fromKey<AttachmentKind>(parser.value(QStringLiteral("kind"))).value_or(AttachmentKind::Other);
    // The same two steps as the window: the document read and judged by its content, then
    // stored in one unit of work.
    const auto document = Attachment::fromFile(parser.positionalArguments().at(2), found.value().meta.id, kind);
    if (!document.ok()) {
        return fail(err, tr("Nothing was attached: %1").arg(document.message()));
    }
    const auto saved = store.candidates().addAttachment(document.value());
    if (!saved.ok()) {
        return fail(err, tr("Nothing was attached: %1").arg(saved.message()));
    }
    out << tr("Attached \"%1\" (%2) to %3; run \"accreditation-desk-cli index FILE\" so that the search reads it.")
               .arg(saved.value().fileName, labelOf(saved.value().kind), found.value().displayName())
        << Qt::endl;
    return Success;
}
