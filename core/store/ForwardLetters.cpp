// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Letters, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::letters() itself (#15).
#include "Letters.h"
#include "Store.h"
