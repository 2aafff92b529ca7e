// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Full-text search over the candidates' fields and the text of their documents, and
// the reading of those documents' text.
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"

#include <QCoreApplication>

class Store;

class CandidateSearch
{
    Q_DECLARE_TR_FUNCTIONS(CandidateSearch)

public:
    explicit CandidateSearch(Store& store);
    CandidateSearch(const CandidateSearch&) = delete;
    CandidateSearch& operator=(const CandidateSearch&) = delete;

private:
    Store& m_store;
};
