// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidates of an open file: their records, attachments, import, archiving,
// erasure and the links between records of the same person.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Candidates
{
    Q_DECLARE_TR_FUNCTIONS(Candidates)

public:
    explicit Candidates(Store& store);
    Candidates(const Candidates&) = delete;
    Candidates& operator=(const Candidates&) = delete;

private:
    Store& m_store;
};
