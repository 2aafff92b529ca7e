// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `activity-edit FILE ACTIVITY [--title T] [--kind K] [--from DATE] [--to DATE] [--country C]
// [--city X] [--online|--on-site] [--language L] [--requested-by A] [--topic T]…
// [--participant CANDIDATE[:ROLE]]… [--voluntary-extra REASON]`: changes an activity as the
// window's activity editor does, every participant's commitment checked again.

#include "FileCommand.h"

class ActivityEditCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEditCommand)

public:
    ActivityEditCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
