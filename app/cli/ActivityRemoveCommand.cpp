// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityRemoveCommand.h"

#include "domain/Activity.h"
#include "pool/ActivityRemoval.h"
#include "PeriodText.h"
#include "Lookup.h"
#include "store/Store.h"
#include "store/Pool.h"

#include <QCommandLineParser>
#include <QTextStream>

ActivityRemoveCommand::ActivityRemoveCommand()
    : FileCommand(QStringLiteral("activity-remove"),
                  tr("Remove an activity and who took part in it (officers); refused once Stage 3 appraisals were "
                     "recorded for it."),
                  Store::Access::Edit)
{
    declarePositionals(2, 2);
    declareWrites({{QStringLiteral("{file}"), QStringLiteral("E-commerce and counterfeit medicines"),
                    QStringLiteral("--reason"), QStringLiteral("{tag}")}});
}

void ActivityRemoveCommand::configureOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTIVITY"), tr("The activity (id or words of its title)."));
    parser.addOption({QStringLiteral("reason"),
                      tr("Why it is removed; required once it has begun with leads or co-facilitators, whose "
                         "commitment it counts in. Kept in the audit trail."),
                      tr("TEXT")});
}

int ActivityRemoveCommand::executeOn(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const auto activity = findActivity(store, parser.positionalArguments().at(1));
    if (!activity.ok()) {
        err << activity.message() << Qt::endl;
        return Failure;
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    const auto removal = store.pool().activityRemoval(activity.value().meta.id);
    if (!removal.ok()) {
        err << removal.message() << Qt::endl;
        return Failure;
    }
    if (!removal.value().refused() && removal.value().needsReason() && reason.trimmed().isEmpty()) {
        err << removal.value().reasonQuestion() << Qt::endl << tr("Give it with --reason TEXT.") << Qt::endl;
        return Failure;
    }
    // The store judges again inside its unit of work: what it refuses is what counts.
    const Status removed = store.pool().removeActivity(activity.value().meta.id, reason);
    if (!removed.ok()) {
        err << removed.message() << Qt::endl;
        return Failure;
    }
    out << tr("Removed \"%1\", %2.")
               .arg(activity.value().title, dates(activity.value().startDate, activity.value().endDate))
        << Qt::endl;
    return Success;
}
