// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workshops.h"

#include "Store.h"

Workshops::Workshops(Store& store)
    : m_store(store)
{
}
