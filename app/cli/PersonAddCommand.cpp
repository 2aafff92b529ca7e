// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonAddCommand.h"

#include "store/People.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"

#include <QCommandLineParser>
#include <QTextStream>

PersonAddCommand::PersonAddCommand()
    : FileCommand(QStringLiteral("person-add"), tr("Record a person in a file with a role (officers only)."),
                  Store::Access::Edit)
{
    declareWrites(
        {{QStringLiteral("{file}"), QStringLiteral("--name"), QStringLiteral("Person {tag}"),
          QStringLiteral("--account"), QStringLiteral("{tag}"), QStringLiteral("--role"), QStringLiteral("observer")}});
}

void PersonAddCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("name"), tr("The person's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("account"), tr("The user name they sign in with on their computer."), tr("ACCOUNT")});
    parser.addOption({QStringLiteral("role"), tr("officer, reviewer or observer."), tr("ROLE")});
    parser.addOption(
        {QStringLiteral("administration"), tr("Their administration, for conflicts of interest."), tr("TEXT")});
    parser.addOption({QStringLiteral("email"), tr("Their e-mail address."), tr("EMAIL")});
}

int PersonAddCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const auto role = fromKey<PersonRole>(parser.value(QStringLiteral("role")));
    if (!role) {
        err << tr("--role must be one of: %1.").arg(keyList<PersonRole>()) << Qt::endl;
        return UsageError;
    }
    return Success;
}

int PersonAddCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto role = fromKey<PersonRole>(parser.value(QStringLiteral("role")));  // checked: one of them
    Person person;
    person.name = parser.value(QStringLiteral("name"));
    person.account = parser.value(QStringLiteral("account"));
    person.role = *role;
    person.administration = parser.value(QStringLiteral("administration"));
    person.email = parser.value(QStringLiteral("email"));
    const auto saved = store.people().save(person);
    if (!saved.ok()) {
        err << saved.message() << Qt::endl;
        return Failure;
    }
    out << tr("Recorded %1 (%2) as %3.").arg(saved.value().name, saved.value().account, labelOf(saved.value().role))
        << Qt::endl;
    return Success;
}
