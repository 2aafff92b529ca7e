// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of People, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::people() itself (#15).
#include "People.h"
#include "Store.h"
