// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopCriteriaCommand.h"

#include "store/Workshops.h"
#include "Lookup.h"
#include "assessment/ScoringForm.h"
#include "TextTable.h"
#include "domain/Workshop.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace {

const QString kAdd = QStringLiteral("add");
const QString kRemove = QStringLiteral("remove");
const QString kRename = QStringLiteral("rename");
const QString kName = QStringLiteral("name");
const QString kDescription = QStringLiteral("description");
const QString kJson = QStringLiteral("json");

/// The criterion an argument names: its key, else its name (case ignored); -1 when none
/// or, with `several` set, when more than one has that name.
int findCriterion(const QList<Criterion>& criteria, const QString& argument, bool* several)
{
    *several = false;
    for (int i = 0; i < criteria.size(); ++i) {
        if (criteria.at(i).key == argument.trimmed()) {
            return i;
        }
    }
    int found = -1;
    for (int i = 0; i < criteria.size(); ++i) {
        if (criteria.at(i).name.compare(argument.trimmed(), Qt::CaseInsensitive) == 0) {
            *several = found >= 0;
            found = *several ? -1 : i;
            if (*several) {
                break;
            }
        }
    }
    return found;
}

}  // namespace

WorkshopCriteriaCommand::WorkshopCriteriaCommand()
    : FileCommand(QStringLiteral("workshop-criteria"),
                  tr("List a workshop's own assessment criteria, or add, rename or remove one."), Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("Nairobi"), QStringLiteral("--add"),
                    QStringLiteral("Criterion {tag}")},
                   {QStringLiteral("{file}"), QStringLiteral("Nairobi"), QStringLiteral("--rename"),
                    QStringLiteral("discussions"), QStringLiteral("--name"), QStringLiteral("Discussions {tag}")}});
}

void WorkshopCriteriaCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("WORKSHOP"), tr("The workshop (id or words of its title)."));
    parser.addOption({kAdd, tr("Add a criterion named NAME at the end of the form."), tr("NAME")});
    parser.addOption({kRemove,
                      tr("Remove the criterion with this key or name; its scores stay in the file but leave "
                         "the form."),
                      tr("KEY_OR_NAME")});
    parser.addOption({kRename,
                      tr("Change the name or description of the criterion with this key or name; it keeps "
                         "its key and its scores."),
                      tr("KEY_OR_NAME")});
    parser.addOption({kName, tr("The new name (with --rename)."), tr("NAME")});
    parser.addOption({kDescription, tr("What a reviewer looks for (with --add or --rename)."), tr("TEXT")});
    parser.addOption({kJson, tr("Print a JSON array instead of a table.")});
}

int WorkshopCriteriaCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err) const
{
    const int changes = int(parser.isSet(kAdd)) + int(parser.isSet(kRemove)) + int(parser.isSet(kRename));
    const QString usage = tr("Run \"accreditation-desk-cli workshop-criteria --help\" for usage.");
    if (changes > 1) {
        err << tr("One change a call: give only one of --add, --remove and --rename.") << Qt::endl << usage << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(kName) && !parser.isSet(kRename)) {
        err << tr("--name goes with --rename (with --add, the name is --add's value).") << Qt::endl
            << usage << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(kDescription) && !parser.isSet(kAdd) && !parser.isSet(kRename)) {
        err << tr("--description goes with --add or --rename.") << Qt::endl << usage << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(kRename) && !parser.isSet(kName) && !parser.isSet(kDescription)) {
        err << tr("--rename needs --name, --description or both.") << Qt::endl << usage << Qt::endl;
        return UsageError;
    }
    return Success;
}

Store::Access WorkshopCriteriaCommand::access(const QCommandLineParser& parser) const
{
    const bool changes = parser.isSet(kAdd) || parser.isSet(kRemove) || parser.isSet(kRename);
    return changes ? Store::Access::Edit : Store::Access::ReadOnly;
}

int WorkshopCriteriaCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out,
                                       QTextStream& err)
{
    const int changes = int(parser.isSet(kAdd)) + int(parser.isSet(kRemove)) + int(parser.isSet(kRename));
    const QStringList positionals = parser.positionalArguments();
    const auto workshop = findWorkshop(store, positionals.at(1));
    if (!workshop.ok()) {
        err << workshop.message() << Qt::endl;
        return Failure;
    }
    const QUuid workshopId = workshop.value().meta.id;
    QList<Criterion> criteria;

    if (changes == 1) {
        QString done;
        // The change applies to the criteria as they are inside the save's unit of work, so
        // that another process adding or renaming one meanwhile is kept, never overwritten.
        const Status saved = store.workshops().changeCriteria(workshopId, [&](QList<Criterion>& current) -> Status {
            const auto counts = store.workshops().criterionScoreCounts(workshopId);
            if (!counts.ok()) {
                return Status(counts.error());
            }
            if (parser.isSet(kAdd)) {
                QStringList taken = counts.value().keys();
                for (const Criterion& c : current) {
                    taken.append(c.key);
                }
                Criterion added{ScoringForm::newWorkshopCriterionKey(parser.value(kAdd), taken), parser.value(kAdd),
                                CriterionKind::Counted, parser.value(kDescription)};
                current.append(added);
                done = tr("Added \"%1\" (key %2) to %3.").arg(added.name.trimmed(), added.key, workshop.value().title);
                return Status::success();
            }
            const QString named = parser.value(parser.isSet(kRemove) ? kRemove : kRename);
            bool several = false;
            const int index = findCriterion(current, named, &several);
            if (index < 0) {
                return Status::failure(
                    ErrorCode::NotFound,
                    (several ? tr("Several criteria of %1 are named \"%2\"; give the key instead.")
                             : tr("%1 has no criterion \"%2\". Run \"workshop-criteria FILE WORKSHOP\" for the "
                                  "list."))
                        .arg(workshop.value().title, named));
            }
            Criterion& c = current[index];
            if (parser.isSet(kRemove)) {
                const int scores = counts.value().value(c.key);
                done = scores > 0 ? tr("Removed \"%1\" from %2; the %n score(s) given under it stay in the file but "
                                       "leave the form.",
                                       nullptr, scores)
                                        .arg(c.name, workshop.value().title)
                                  : tr("Removed \"%1\" from %2.").arg(c.name, workshop.value().title);
                current.removeAt(index);
            } else {
                c.name = parser.isSet(kName) ? parser.value(kName) : c.name;
                c.description = parser.isSet(kDescription) ? parser.value(kDescription) : c.description;
                done = tr("Changed \"%1\" (key %2) of %3.").arg(c.name.trimmed(), c.key, workshop.value().title);
            }
            return Status::success();
        });
        if (!saved.ok()) {
            err << saved.message() << Qt::endl;
            return Failure;
        }
        if (!parser.isSet(kJson)) {
            out << done << Qt::endl;
            return Success;
        }
    }
    const auto read = store.workshops().criteria(workshopId);  // as saved (trimmed)
    const auto counts = store.workshops().criterionScoreCounts(workshopId);
    if (!read.ok() || !counts.ok()) {
        err << (read.ok() ? counts.message() : read.message()) << Qt::endl;
        return Failure;
    }
    criteria = read.value();

    QJsonArray array;
    TextTable table({tr("#"), tr("Key"), tr("Name"), tr("What to look for"), tr("Scores")});
    for (int i = 0; i < criteria.size(); ++i) {
        const Criterion& c = criteria.at(i);
        const int scores = counts.value().value(c.key);
        array.append(QJsonObject{{QStringLiteral("position"), i + 1},
                                 {QStringLiteral("key"), c.key},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("description"), c.description},
                                 {QStringLiteral("scores"), scores}});
        table.addRow({QLocale().toString(i + 1), c.key, c.name, c.description, QLocale().toString(scores)});
    }
    if (parser.isSet(kJson)) {
        printJson(out, array);
    } else if (criteria.isEmpty()) {
        out << tr("%1 has no criteria of its own: its participants are scored on the competence profile only.")
                   .arg(workshop.value().title)
            << Qt::endl;
    } else {
        table.print(out);
    }
    return Success;
}
