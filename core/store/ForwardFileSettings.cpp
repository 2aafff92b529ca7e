// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of FileSettings, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::fileSettings() itself (#15).
#include "FileSettings.h"
#include "Store.h"
