// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Give a candidate a seat in a workshop, or hand an applicant's seat back.

#include "FileCommand.h"

/// `enrol FILE CANDIDATE --workshop W | --none`
class EnrolCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrolCommand)

public:
    EnrolCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
