// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is working: a person on a machine. Every saved record and audit entry names it.

#include <QString>

struct Actor {
    QString person;
    QString machine;
    /// The operating-system account that runs the program. It differs from `person` when
    /// the command line acts as someone else (`--as`), which is not authentication: the
    /// records then keep both, so the audit trail never hides who was signed in.
    QString account = {};

    /// "person@machine", as records store it; "person@machine (account NAME)" when the
    /// operating-system account is another one.
    QString label() const
    {
        const QString base = person + QLatin1Char('@') + machine;
        if (account.isEmpty() || account.compare(person, Qt::CaseInsensitive) == 0) {
            return base;
        }
        return base + QStringLiteral(" (account ") + account + QLatin1Char(')');
    }

    /// The operating-system user on this machine.
    static Actor current();
};
