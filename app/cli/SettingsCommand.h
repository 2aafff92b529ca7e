// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Show the file's settings, or change them (officers).

#include "FileCommand.h"

/// `settings FILE [--retention-years N] [--backups-to-keep N] [--week-counting RULE] [--signatory-name NAME]
/// [--signatory-title TITLE]`: without options, shows them.
class SettingsCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    SettingsCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
