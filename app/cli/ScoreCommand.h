// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record one of your scores of a candidate in your review file (reviewers); a draft until you
// submit. The review file is made beside the shared file when missing.

#include "ReviewerCommand.h"

class ScoreCommand : public ReviewerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    ScoreCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
