// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `check FILE`: integrity, references, format version, the pipeline's invariants and the
// audit chain; exit 1 on any problem. Opens the file read-only and never changes it.

#include "FileCommand.h"

class CheckCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
