// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The people recorded in an open file (officers, reviewers, observers) and their roles.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class People
{
    Q_DECLARE_TR_FUNCTIONS(People)

public:
    explicit People(Store& store);
    People(const People&) = delete;
    People& operator=(const People&) = delete;

private:
    Store& m_store;
};
