// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Someone recorded in the file with a role: the officers who edit it, the reviewers who
// score candidates, the observers who read and print. Found by their account, the
// operating-system user name they work under.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

class Person
{
    Q_DECLARE_TR_FUNCTIONS(Person)

public:
    RecordMeta meta;
    QString name;  ///< as printed on sheets
    QString account;  ///< operating-system user name, matched without regard to case
    PersonRole role = PersonRole::Observer;
    QString administration;  ///< for conflicts of interest with candidates
    QString email;

    Validation validate() const;
};
