// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Person.h"

Validation Person::validate() const
{
    Validation v;
    if (name.trimmed().isEmpty()) {
        v.add(QStringLiteral("name"), tr("Enter the person's name."));
    }
    if (account.trimmed().isEmpty()) {
        v.add(QStringLiteral("account"),
              tr("Enter the account the person signs in with on their computer (their user name)."));
    } else if (account.contains(QLatin1Char('@')) || account.trimmed() != account) {
        v.add(QStringLiteral("account"), tr("An account is a user name without spaces around it or \"@\"."));
    }
    if (name.size() > kMaxTextLength || administration.size() > kMaxTextLength || email.size() > kMaxTextLength) {
        v.add(QStringLiteral("name"), tr("A text of this person is too long."));
    }
    return v;
}
