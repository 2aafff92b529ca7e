// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `erase FILE CANDIDATE --reason TEXT --yes`: erases a candidate's personal data for good,
// through the same store call as the window's Edit > Erase Personal Data…. Nothing is
// erased without --yes, since it cannot be undone.

#include "FileCommand.h"

class EraseCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(EraseCommand)

public:
    EraseCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    Store::Access access(const QCommandLineParser& parser) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
