// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The assessment of an open file: the competence profile, scoring forms, reviewers'
// assignments and scores, review-file import, consensus, outcomes and the Stage 1 pre-check.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    explicit Assessment(Store& store);
    Assessment(const Assessment&) = delete;
    Assessment& operator=(const Assessment&) = delete;

private:
    Store& m_store;
};
