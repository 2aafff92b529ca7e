// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `export FILE LIST --output OUT [--format xlsx|csv] [--workshop W] [--candidate C] [candidate
// filters]`: one of the lists the window shows, as a spreadsheet or CSV (export/ writes both).

#include "FileCommand.h"

class ExportCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
