// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assign a reviewer to a candidate, or spread the reviewers evenly over a workshop (officers).

#include "FileCommand.h"

class AssignCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    AssignCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
