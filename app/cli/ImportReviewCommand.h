// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Import a reviewer's review file into the shared file (officers). Importing again is harmless.
// Brings in the reviewer's scores and declared conflicts.

#include "FileCommand.h"

class ImportReviewCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportReviewCommand)

public:
    ImportReviewCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
