// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Decisions, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::decisions() itself (#15).
#include "Decisions.h"
#include "Store.h"
