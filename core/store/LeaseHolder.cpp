// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LeaseHolder.h"

#include "store/Actor.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The context the lease's sentences have always had, so their translations carry over.
struct EditingLeaseText {
    Q_DECLARE_TR_FUNCTIONS(EditingLease)
};

}  // namespace

bool LeaseHolder::isHeldBy(const Actor& actor) const
{
    return person.compare(actor.person, Qt::CaseInsensitive) == 0 &&
           machine.compare(actor.machine, Qt::CaseInsensitive) == 0;
}

bool LeaseHolder::isStale(const QDateTime& now) const
{
    return heartbeat.secsTo(now) > EditingLease::kStaleAfterSeconds;
}

QString LeaseHolder::describe() const
{
    return EditingLeaseText::tr("%1 on %2 since %3")
        .arg(person, machine, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

QString EditingLease::lockFilePath(const QString& filePath)
{
    return filePath + QStringLiteral(".lock");
}
