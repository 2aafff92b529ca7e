// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decisions.h"

#include "Store.h"

Decisions::Decisions(Store& store)
    : m_store(store)
{
}
