// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Write the result letters of a workshop's decision as PDF, with e-mail drafts. Can record the
// candidates as informed. Needs a QGuiApplication (fonts), never Widgets.

#include "FileCommand.h"

/// `letters FILE --workshop W --decision KIND -o DIR [--language en|fr] [--record-informed] [--paper a4|letter]`
class LettersCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(LettersCommand)

public:
    LettersCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
