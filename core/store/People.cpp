// SPDX-License-Identifier: GPL-3.0-or-later
#include "People.h"

#include "Store.h"

People::People(Store& store)
    : m_store(store)
{
}
