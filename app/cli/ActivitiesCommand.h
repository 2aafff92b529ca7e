// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the activities of a file with who took part.

#include "FileCommand.h"

class ActivitiesCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivitiesCommand)

public:
    ActivitiesCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
