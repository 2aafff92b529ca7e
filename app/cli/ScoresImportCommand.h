// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `scores-import FILE CSV (--review REVIEW | --consensus) [--workshop W] [--dry-run]`: many
// ratings at once, from a CSV long (candidate, criterion, rating, comment) or wide (candidate,
// then a column per criterion), the candidates and criteria named by the codes of the blank
// sheet (`scores-template`, the printed sheets) or by id and key. Into a reviewer's own review
// file as drafts, or as the officer's consensus in the shared file; all or nothing
// (BulkScores::write), after reporting every refused row and field.

#include "FileCommand.h"

class ScoresImportCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresImportCommand)

public:
    ScoresImportCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
