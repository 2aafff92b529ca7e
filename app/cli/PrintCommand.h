// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Write assessment sheets, a participant list, a workshop's Stage 2 results, the round
// summary or the pool roster as a PDF file. Needs a
// QGuiApplication (fonts), never Widgets.

#include "FileCommand.h"

/// `print FILE (--sheet C [--blank] [--anonymous] | --workshop W (--sheets [--blank] [--anonymous] | --participants)
/// | --results) | --summary [--workshop W] | --roster) -o OUT.pdf [--paper a4|letter]`
class PrintCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    PrintCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

/// Whether a command line runs a command that draws pages (and so needs a QGuiApplication).
bool commandPrints(const QString& command);
