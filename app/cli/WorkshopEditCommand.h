// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `workshop-edit FILE WORKSHOP [--title T] [--start DATE] [--venue V] [--region R] [--capacity N]
// [--days N] [--assessor NAME]…`: changes a workshop as the window's workshop editor does; the
// capacity never falls below the seats taken.

#include "FileCommand.h"

class WorkshopEditCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopEditCommand)

public:
    WorkshopEditCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
