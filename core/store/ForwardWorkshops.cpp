// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Workshops, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::workshops() itself (#15).
#include "Workshops.h"
#include "Store.h"
