// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateHistory.h"

#include "Lookup.h"
#include "store/Store.h"
#include "store/Decisions.h"

Result<CandidateHistory> readCandidateHistory(const Store& store, const QString& argument)
{
    using R = Result<CandidateHistory>;
    const auto candidate = findCandidate(store, argument);
    if (!candidate.ok()) {
        return R(candidate.error());
    }
    const auto decisions = store.decisions().of(candidate.value().meta.id);
    if (!decisions.ok()) {
        return R(decisions.error());
    }
    return CandidateHistory{candidate.value(), decisions.value()};
}
