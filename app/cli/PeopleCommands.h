// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `people FILE [--json]` and `person-add FILE --name N --account A --role R`.

#include "FileCommand.h"

class PeopleCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    PeopleCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};

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
