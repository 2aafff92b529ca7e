// SPDX-License-Identifier: GPL-3.0-or-later
#include "Candidates.h"

#include "Store.h"

Candidates::Candidates(Store& store)
    : m_store(store)
{
}
