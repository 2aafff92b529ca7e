// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Remove an activity and who took part in it (officers); refused once Stage 3 appraisals were
// recorded for it.

#include "FileCommand.h"

/// `activity-remove FILE ACTIVITY [--reason TEXT]`: refused (exit 1) by ActivityRemoval's
/// rule: once Stage 3 appraisals were recorded for it, or without a reason once it has
/// begun with leads or co-facilitators.
class ActivityRemoveCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRemoveCommand)

public:
    ActivityRemoveCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
