// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSettings.h"

#include "Store.h"

FileSettings::FileSettings(Store& store)
    : m_store(store)
{
}
