// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record a candidate's Stage 1 screening against the profile: by hand, or the pre-check computed
// from their data and the assessment (--check shows it, --confirm records it).

#include "FileCommand.h"

/// `screening FILE CANDIDATE --hard met|not-met --counted N/M [--note T]`, or the pre-check:
/// `--check` shows it, `--confirm [--hard met|not-met --reason T]` records it.
class ScreeningCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCommand)

public:
    ScreeningCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    int preCheck(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err);
};
