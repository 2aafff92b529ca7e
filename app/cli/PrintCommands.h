// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Printed documents from a terminal, as PDF files: `print` writes assessment sheets (of a
// candidate or a whole workshop), the participant list or the pool roster; `letters`
// writes the result letters of a workshop's decision with their e-mail drafts, and can
// record the candidates as informed. Needs a QGuiApplication (fonts), never Widgets.

#include "FileCommand.h"

/// `print FILE (--sheet C [--blank] [--anonymous] | --workshop W (--sheets [--blank] [--anonymous] | --participants)
/// | --roster) -o OUT.pdf [--paper a4|letter]`
class PrintCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    PrintCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

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

/// Whether a command line runs a command that draws pages (and so needs a QGuiApplication).
bool commandPrints(const QString& command);
