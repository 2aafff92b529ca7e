// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pool of accredited advisors of an open file: accreditations, activities with
// their participants, and declared unavailability.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Pool
{
    Q_DECLARE_TR_FUNCTIONS(Pool)

public:
    explicit Pool(Store& store);
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;

private:
    Store& m_store;
};
