// SPDX-License-Identifier: GPL-3.0-or-later
#include "Letters.h"

#include "Store.h"

Letters::Letters(Store& store)
    : m_store(store)
{
}
