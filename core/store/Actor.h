#pragma once
// Who is working: a person on a machine. Every saved record and audit entry names it.

#include <QString>

struct Actor {
    QString person;
    QString machine;

    /// "person@machine", as records store it.
    QString label() const { return person + QLatin1Char('@') + machine; }

    /// The operating-system user on this machine.
    static Actor current();
};
