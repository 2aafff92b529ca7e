// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the people recorded in a file with their roles.

#include "FileCommand.h"

/// `people FILE [--json]`
class PeopleCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    PeopleCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
