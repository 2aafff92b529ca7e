// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidate a command-line argument names with every decision about them, oldest first:
// what `history` lists and what `reverse` takes back the latest of.

#include "domain/Candidate.h"
#include "Result.h"
#include "domain/StageDecision.h"

#include <QList>

class QString;
class Store;

struct CandidateHistory {
    Candidate candidate;
    QList<StageDecision> decisions;
};

/// The candidate as findCandidate finds them, and their decisions; the first error otherwise.
Result<CandidateHistory> readCandidateHistory(const Store& store, const QString& argument);
