// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReviewCommand.h"

#include "store/Assessment.h"
#include "review/ReviewerWork.h"

#include <QCommandLineParser>
#include <QTextStream>

ImportReviewCommand::ImportReviewCommand()
    : FileCommand(QStringLiteral("import-review"),
                  tr("Import a reviewer's review file into the shared file (officers). Importing again is harmless."),
                  Store::Access::Edit, tr("The shared Accreditation Desk file."))
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("{review}")}});
}

void ImportReviewCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("REVIEW_FILE"), tr("The review file to import."));
}

int ImportReviewCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto imported = store.assessment().importReview(parser.positionalArguments().at(1));
    if (!imported.ok()) {
        err << imported.message() << Qt::endl;
        return Failure;
    }
    out << imported.value().summary() << Qt::endl;
    return Success;
}
