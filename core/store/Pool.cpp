// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pool.h"

#include "Store.h"

Pool::Pool(Store& store)
    : m_store(store)
{
}
