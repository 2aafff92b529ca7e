// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result letters' texts of an open file, as the officer edited them.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Letters
{
    Q_DECLARE_TR_FUNCTIONS(Letters)

public:
    explicit Letters(Store& store);
    Letters(const Letters&) = delete;
    Letters& operator=(const Letters&) = delete;

private:
    Store& m_store;
};
