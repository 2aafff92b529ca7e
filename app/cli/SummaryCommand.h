// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Show the round summary the Secretariat reports upward: applied, selected, passed and
// accredited, in all and by region, gender and administration; of one workshop's applicants
// or of the whole file. Only reads the file.

#include "FileCommand.h"

/// `summary FILE [--workshop W] [--by region|gender|administration] [--json]`
class SummaryCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    SummaryCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
