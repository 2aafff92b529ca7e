// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `attach FILE CANDIDATE DOCUMENT [--kind cv|application_form|other]`: keeps a document in the
// candidate's file, as the window's Documents tab does.

#include "FileCommand.h"

class AttachCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttachCommand)

public:
    AttachCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
