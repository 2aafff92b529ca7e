// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of Assessment, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::assessment() itself (#15).
#include "Assessment.h"
#include "Store.h"
