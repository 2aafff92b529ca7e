// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Record a person in a file with a role (officers only).

#include "FileCommand.h"

/// `person-add FILE --name N --account A --role R`
class PersonAddCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonAddCommand)

public:
    PersonAddCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
