// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `person-edit FILE PERSON [--name N] [--account A] [--role R] [--administration T] [--email E]`:
// changes what is recorded of a person, as the window's People dialog; the file keeps an officer.

#include "FileCommand.h"

class PersonEditCommand : public FileCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonEditCommand)

public:
    PersonEditCommand();

protected:
    void configureOptions(QCommandLineParser& parser) override;
    int checkArguments(const QCommandLineParser& parser, QTextStream& err) const override;
    int executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) override;
};
