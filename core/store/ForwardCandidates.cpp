// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Candidates, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::candidates() itself (#15).
#include "Candidates.h"
#include "Store.h"
