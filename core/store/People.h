// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The people recorded in an open file (officers, reviewers, observers) and their roles:
// the person table. The file always keeps at least one officer.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Person;
class Store;

class People
{
    Q_DECLARE_TR_FUNCTIONS(People)

public:
    explicit People(Store& store);
    People(const People&) = delete;
    People& operator=(const People&) = delete;

    /// Everyone recorded in the file, in name order.
    Result<QList<Person>> all() const;
    /// Records a person or changes their role; the file always keeps at least one officer.
    Result<Person> save(const Person& person);

private:
    Store& m_store;
};
