// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the workshops with their seats taken.

#include "FileCommand.h"

/// `workshops FILE [--json]`: with seats taken and the steps closed.
class WorkshopsCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopsCommand)

public:
    WorkshopsCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
