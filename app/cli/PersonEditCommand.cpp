// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonEditCommand.h"

#include "KeyOption.h"
#include "Lookup.h"
#include "domain/Person.h"
#include "store/People.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

const QStringList kFields{QStringLiteral("name"), QStringLiteral("account"), QStringLiteral("role"),
                          QStringLiteral("administration"), QStringLiteral("email")};

}  // namespace

PersonEditCommand::PersonEditCommand()
    : FileCommand(QStringLiteral("person-edit"),
                  tr("Change a person's name, account, role, administration or e-mail (officers only)."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("{reviewer}"), QStringLiteral("--administration"),
                    QStringLiteral("Administration {tag}")}});
}

void PersonEditCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("PERSON"),
                                 tr("The person (id, account or name), as `people` lists them."));
    parser.addOption({QStringLiteral("name"), tr("The person's name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("account"), tr("The user name they sign in with on their computer."), tr("ACCOUNT")});
    parser.addOption({QStringLiteral("role"), tr("Their role: %1.").arg(keyList<PersonRole>()), tr("ROLE")});
    parser.addOption(
        {QStringLiteral("administration"), tr("Their administration, for conflicts of interest."), tr("TEXT")});
    parser.addOption({QStringLiteral("email"), tr("Their e-mail address."), tr("EMAIL")});
}

int PersonEditCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    if (std::none_of(kFields.cbegin(), kFields.cend(), [&](const QString& f) { return parser.isSet(f); })) {
        return usage(err, tr("Nothing to change: give what to change with --name, --account, --role, "
                             "--administration or --email."));
    }
    if (parser.isSet(QStringLiteral("role")) && !checkKeyOption<PersonRole>(parser, QStringLiteral("role"), err)) {
        return UsageError;
    }
    return Success;
}

int PersonEditCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto found = findPerson(store, parser.positionalArguments().at(1));
    if (!found.ok()) {
        return fail(err, found.message());
    }
    Person person = found.value();
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("name"), &person.name}, std::pair{QStringLiteral("account"), &person.account},
          std::pair{QStringLiteral("administration"), &person.administration},
          std::pair{QStringLiteral("email"), &person.email}}) {
        if (parser.isSet(option)) {
            *field = parser.value(option).trimmed();
        }
    }
    if (parser.isSet(QStringLiteral("role"))) {
        person.role = *fromKey<PersonRole>(parser.value(QStringLiteral("role")));  // checked: one of them
    }
    // Saved over the version read above; core refuses leaving the file without an officer.
    const auto saved = store.people().save(person);
    if (!saved.ok()) {
        return fail(err, tr("Nothing was changed for %1: %2").arg(found.value().name, saved.message()));
    }
    out << tr("Saved %1 (%2) as %3.").arg(saved.value().name, saved.value().account, labelOf(saved.value().role))
        << Qt::endl;
    return Success;
}
