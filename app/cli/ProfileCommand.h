// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `profile FILE [--json]`: the competence profile in force, group by group.

#include "FileCommand.h"

class ProfileCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    ProfileCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
