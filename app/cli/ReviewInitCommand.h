// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Make your review file for a shared file (reviewers): your scores go there, never into the shared
// file.

#include "FileCommand.h"

class ReviewInitCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewInitCommand)

public:
    ReviewInitCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
