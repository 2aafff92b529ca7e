// SPDX-License-Identifier: GPL-3.0-or-later
// Store's former methods of CandidateSearch, each handing over to it, while callers still call Store.
// Removed once every caller asks Store::candidateSearch() itself (#15).
#include "CandidateSearch.h"
#include "Store.h"
