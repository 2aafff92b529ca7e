// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleCommand.h"

#include "store/People.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

PeopleCommand::PeopleCommand()
    : FileCommand(QStringLiteral("people"), tr("List the people recorded in a file with their roles."),
                  Store::Access::ReadOnly)
{
}

void PeopleCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array instead of a table.")});
}

int PeopleCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto people = store.people().all();
    if (!people.ok()) {
        err << people.message() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Person& person : people.value()) {
            array.append(RecordJson::toJson(person));
        }
        printJson(out, array);
        return Success;
    }
    TextTable table({tr("Name"), tr("Account"), tr("Role"), tr("Administration")});
    for (const Person& p : people.value()) {
        table.addRow({p.name, p.account, labelOf(p.role), p.administration});
    }
    table.print(out);
    return Success;
}
