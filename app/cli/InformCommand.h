// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record that a candidate was told of the decisions awaiting it.

#include "FileCommand.h"

/// `inform FILE CANDIDATE --channel letter|email|in_person [--date DATE]`
class InformCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(InformCommand)

public:
    InformCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
