// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `scores-template FILE --workshop W [--wide] [--review REVIEW] [--anonymous] -o OUT.csv`: the
// blank sheet of a workshop as CSV, with the codes `scores-import` reads (BulkScores).

#include "FileCommand.h"

class ScoresTemplateCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresTemplateCommand)

public:
    ScoresTemplateCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
