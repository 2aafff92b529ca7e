// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Pool, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::pool() itself (#15).
#include "Pool.h"
#include "Store.h"
