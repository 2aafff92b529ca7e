// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include "Store.h"

Assessment::Assessment(Store& store)
    : m_store(store)
{
}
