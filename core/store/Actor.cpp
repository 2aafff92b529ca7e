// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Actor.h"

#include <QSysInfo>
#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

Actor Actor::current()
{
    QString person = qEnvironmentVariable("USER");
    if (person.isEmpty()) {
        person = qEnvironmentVariable("USERNAME");
    }
    if (person.isEmpty()) {
        // Services and some terminals run without USER; the account database still knows.
        if (const passwd* entry = getpwuid(geteuid())) {
            person = QString::fromLocal8Bit(entry->pw_name);
        }
    }
    if (person.isEmpty()) {
        person = QStringLiteral("unknown");
    }
    QString machine = QSysInfo::machineHostName();
    if (machine.isEmpty()) {
        machine = QStringLiteral("localhost");
    }
    return {person, machine, person};
}
