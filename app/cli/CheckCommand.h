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
    /// The open refuses damage in any table as it always did; the check itself reads all.
    Store::OpenCheck openCheck(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
