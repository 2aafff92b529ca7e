// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Proposes the best set of participants for a workshop's seats: the set of at most `seats`
// candidates with the highest sum of totals, under the officer's rules (at most K from one
// administration; at least M of a gender or from a region where the pool allows). It is
// exact: the choice is solved as a 0-1 integer program by GLPK's branch and bound with a
// zero optimality gap, then checked again here (docs/assessment-statistics.md gives the
// model and the argument). A greedy pick is not: it misses the best set as soon as the
// rules interact. Every pick and every candidate left out comes with its reason.
//
// "Where the pool allows": a minimum is first lowered to what the eligible pool could
// supply on its own (its members, at most K from each administration, at most the seats);
// if minimums still cannot all be met together, the proposal meets as many of the required
// places as possible (fewest places short in total), and only then maximizes the total
// score. The notes say which minimum was lowered and why. It only proposes: nothing is written.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QUuid>

#include <optional>

struct SelectionCandidate {
    QUuid candidateId;
    QString name;
    double total = 0;  ///< the Stage 1 total the ranking gives
    QString administration;
    Gender gender = Gender::Undisclosed;
    std::optional<Region> region;
};

struct SelectionRules {
    static constexpr int kMaxSeats = 10;
    int seats = kMaxSeats;  ///< the workshop's capacity, 1–10
    int maxPerAdministration = 0;  ///< 0: no limit
    QMap<Gender, int> minPerGender;
    QMap<Region, int> minPerRegion;
};

struct SelectionChoice {
    SelectionCandidate candidate;
    QString explanation;  ///< why picked, or why left out
};

struct SelectionProposal {
    QList<SelectionChoice> picks;  ///< best total first
    QList<SelectionChoice> leftOut;  ///< best total first
    double total = 0;  ///< sum of the picks' totals
    int placesShort = 0;  ///< required places no set could fill (0 when every minimum is met)
    QStringList notes;  ///< one line per rule: met, lowered, or short
};

class SelectionHelper
{
    Q_DECLARE_TR_FUNCTIONS(SelectionHelper)

public:
    /// The best set under `rules`, with reasons. Refused (Invalid) for rules out of range;
    /// Internal if the solver fails or its answer does not check out, which would be a bug.
    static Result<SelectionProposal> propose(const QList<SelectionCandidate>& pool, const SelectionRules& rules);

    /// The key that groups candidates by administration: trimmed, case folded; empty
    /// administrations are never limited.
    static QString administrationKey(const QString& administration);
};
