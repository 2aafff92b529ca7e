// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline of an open file: stage decisions, screening and commitments, informing,
// the closing of a workshop's steps, and the board and counts made from them.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(Decisions)

public:
    explicit Decisions(Store& store);
    Decisions(const Decisions&) = delete;
    Decisions& operator=(const Decisions&) = delete;

private:
    Store& m_store;
};
