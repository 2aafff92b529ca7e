// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Add an accreditation workshop (four days, 10 seats by default).

#include "FileCommand.h"

class Workshop;

/// `workshop-add FILE --title T --start DATE [--venue V] [--region R] [--capacity N] [--days N] [--assessor A]…`
class WorkshopAddCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopAddCommand)

public:
    WorkshopAddCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;

private:
    /// Reads the options into `w`; Success, or the exit code after printing what is wrong.
    static int readOptions(const QCommandLineParser& parser, QTextStream& err, Workshop& w);
};
