// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// List the candidates still to be told of a decision.

#include "FileCommand.h"

/// `to-inform FILE [--workshop W] [--json]`
class ToInformCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToInformCommand)

public:
    ToInformCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
