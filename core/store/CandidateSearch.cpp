// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateSearch.h"

#include "Store.h"

CandidateSearch::CandidateSearch(Store& store)
    : m_store(store)
{
}
