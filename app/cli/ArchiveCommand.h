// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `archive FILE CANDIDATE` hides a candidate from the list, kept whole and recoverable, as the
// window's Archive; `unarchive FILE CANDIDATE` brings them back. One class, two commands.

#include "FileCommand.h"

class ArchiveCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)

public:
    /// `archive` true: the command "archive"; false: "unarchive".
    explicit ArchiveCommand(bool archive);

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    bool m_archive;
};
