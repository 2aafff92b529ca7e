// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the reviewers with the candidates assigned to them, submitted and declared conflicts.

#include "FileCommand.h"

class ReviewersCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewersCommand)

public:
    ReviewersCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
