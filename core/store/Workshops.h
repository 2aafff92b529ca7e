// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workshops of an open file: the workshops themselves, their own criteria, and
// the seats candidates hold in them.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Workshops
{
    Q_DECLARE_TR_FUNCTIONS(Workshops)

public:
    explicit Workshops(Store& store);
    Workshops(const Workshops&) = delete;
    Workshops& operator=(const Workshops&) = delete;

private:
    Store& m_store;
};
