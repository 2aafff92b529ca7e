// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/SelectionHelper.h"

#include "domain/NameCollation.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace {

constexpr double kTolerance = 1e-6;

/// A minimum the officer set: the candidates it counts and how many it needs.
struct Minimum {
    QString description;  ///< e.g. "from Europe", translated
    int asked = 0;
    int supply = 0;  ///< what the pool could give on its own
    int required = 0;  ///< min(asked, supply): what the program asks for
    QList<int> members;
};

struct ProblemDeleter {
    void operator()(glp_prob* p) const { glp_delete_prob(p); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

QString number(double value)
{
    return QLocale().toString(std::round(value * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

/// Solves the integer program as it stands; false when GLPK gives no proven optimum.
bool solve(glp_prob* problem)
{
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;  // glp_intopt solves the LP relaxation itself
    parm.msg_lev = GLP_MSG_OFF;  // a library never writes to the terminal
    parm.mip_gap = 0.0;  // branch and bound to a proven optimum, not "close enough"
    return glp_intopt(problem, &parm) == 0 && glp_mip_status(problem) == GLP_OPT;
}

}  // namespace

QString SelectionHelper::administrationKey(const QString& administration)
{
    return administration.simplified().toCaseFolded();
}

Result<SelectionProposal> SelectionHelper::propose(const QList<SelectionCandidate>& pool, const SelectionRules& rules)
{
    using R = Result<SelectionProposal>;
    if (rules.seats < 1 || rules.seats > SelectionRules::kMaxSeats) {
        return R::failure(
            ErrorCode::Invalid,
            tr("A workshop has 1 to %1 seats; %2 were asked for.").arg(SelectionRules::kMaxSeats).arg(rules.seats));
    }
    if (rules.maxPerAdministration < 0) {
        return R::failure(ErrorCode::Invalid, tr("The limit per administration cannot be negative."));
    }
    for (int m : rules.minPerGender) {
        if (m < 0) {
            return R::failure(ErrorCode::Invalid, tr("A minimum per gender cannot be negative."));
        }
    }
    for (int m : rules.minPerRegion) {
        if (m < 0) {
            return R::failure(ErrorCode::Invalid, tr("A minimum per region cannot be negative."));
        }
    }

    // Best total first, then by name: the order of the explanations and of GLPK's columns.
    QList<SelectionCandidate> c = pool;
    const NameCollation names;
    std::stable_sort(c.begin(), c.end(), [&names](const SelectionCandidate& a, const SelectionCandidate& b) {
        if (std::abs(a.total - b.total) > kTolerance) {
            return a.total > b.total;
        }
        return names.compare(a.name, b.name) < 0;
    });
    const int n = int(c.size());
    const int cap = rules.maxPerAdministration;
    QHash<QString, QList<int>> byAdministration;
    for (int i = 0; i < n; ++i) {
        const QString key = administrationKey(c.at(i).administration);
        if (!key.isEmpty()) {
            byAdministration[key].append(i);
        }
    }
    const auto limited = [&](const QString& key) { return cap > 0 && !key.isEmpty(); };

    QList<Minimum> minimums;
    const auto addMinimum = [&](const QString& description, int asked, const std::function<bool(int)>& member) {
        if (asked <= 0) {
            return;
        }
        Minimum m;
        m.description = description;
        m.asked = asked;
        QHash<QString, int> perAdministration;
        for (int i = 0; i < n; ++i) {
            if (!member(i)) {
                continue;
            }
            m.members.append(i);
            const QString key = administrationKey(c.at(i).administration);
            if (!limited(key) || perAdministration.value(key) < cap) {
                perAdministration[key] += 1;
                ++m.supply;
            }
        }
        m.supply = std::min(m.supply, rules.seats);
        m.required = std::min(m.asked, m.supply);
        minimums.append(m);
    };
    for (auto it = rules.minPerGender.cbegin(); it != rules.minPerGender.cend(); ++it) {
        const Gender g = it.key();
        addMinimum(tr("of gender \"%1\"").arg(labelOf(g)), it.value(), [&](int i) { return c.at(i).gender == g; });
    }
    for (auto it = rules.minPerRegion.cbegin(); it != rules.minPerRegion.cend(); ++it) {
        const Region r = it.key();
        addMinimum(tr("from %1").arg(labelOf(r)), it.value(), [&](int i) { return c.at(i).region == r; });
    }

    // The 0-1 program. Columns 1..n: x_i, candidate i picked. Then one integer column per
    // minimum: s_g, the places it falls short. Rows: the seats, one per limited
    // administration, one per minimum (Σ x_i over its members + s_g ≥ required).
    Problem problem(glp_create_prob());
    glp_prob* p = problem.get();
    glp_set_obj_dir(p, GLP_MAX);
    if (n > 0) {
        glp_add_cols(p, n);
    }
    for (int i = 1; i <= n; ++i) {
        glp_set_col_kind(p, i, GLP_BV);
    }
    const int firstShort = n + 1;
    if (!minimums.isEmpty()) {
        glp_add_cols(p, int(minimums.size()));
    }
    for (int g = 0; g < minimums.size(); ++g) {
        glp_set_col_kind(p, firstShort + g, GLP_IV);
        glp_set_col_bnds(p, firstShort + g, GLP_DB, 0.0, minimums.at(g).required);
        if (minimums.at(g).required == 0) {
            glp_set_col_bnds(p, firstShort + g, GLP_FX, 0.0, 0.0);
        }
    }
    const auto addRow = [p](const QList<int>& columns, const QList<double>& coefficients, int type, double bound) {
        const int row = glp_add_rows(p, 1);
        glp_set_row_bnds(p, row, type, type == GLP_LO ? bound : 0.0, type == GLP_UP ? bound : 0.0);
        // GLPK's arrays start at index 1.
        QList<int> index{0};
        QList<double> value{0.0};
        index.append(columns);
        value.append(coefficients);
        glp_set_mat_row(p, row, int(columns.size()), index.data(), value.data());
    };
    const auto columnsOf = [](const QList<int>& members) {
        QList<int> columns;
        for (int i : members) {
            columns.append(i + 1);
        }
        return columns;
    };
    QList<int> everyone;
    for (int i = 0; i < n; ++i) {
        everyone.append(i);
    }
    if (n > 0) {
        addRow(columnsOf(everyone), QList<double>(n, 1.0), GLP_UP, rules.seats);
    }
    for (auto it = byAdministration.cbegin(); it != byAdministration.cend(); ++it) {
        if (limited(it.key()) && it.value().size() > cap) {
            addRow(columnsOf(it.value()), QList<double>(it.value().size(), 1.0), GLP_UP, cap);
        }
    }
    for (int g = 0; g < minimums.size(); ++g) {
        QList<int> columns = columnsOf(minimums.at(g).members);
        columns.append(firstShort + g);
        addRow(columns, QList<double>(columns.size(), 1.0), GLP_LO, minimums.at(g).required);
    }

    const QString solverFailed =
        tr("The selection could not be solved; this is a bug, please report it with the file.");
    // Phase 1: the fewest places short of the minimums (x = none picked is always feasible).
    int placesShort = 0;
    if (!minimums.isEmpty()) {
        for (int g = 0; g < minimums.size(); ++g) {
            glp_set_obj_coef(p, firstShort + g, -1.0);
        }
        if (!solve(p)) {
            return R::failure(ErrorCode::Internal, solverFailed);
        }
        placesShort = int(std::lround(-glp_mip_obj_val(p)));
        // Phase 2 keeps that: Σ s_g ≤ placesShort.
        QList<int> shortColumns;
        for (int g = 0; g < minimums.size(); ++g) {
            shortColumns.append(firstShort + g);
            glp_set_obj_coef(p, firstShort + g, 0.0);
        }
        addRow(shortColumns, QList<double>(shortColumns.size(), 1.0), GLP_UP, placesShort);
    }
    // Phase 2: the highest total among the sets that fall shortest of nothing more.
    for (int i = 1; i <= n; ++i) {
        glp_set_obj_coef(p, i, c.at(i - 1).total);
    }
    QList<bool> picked(n, false);
    if (n > 0) {
        if (!solve(p)) {
            return R::failure(ErrorCode::Internal, solverFailed);
        }
        for (int i = 0; i < n; ++i) {
            picked[i] = glp_mip_col_val(p, i + 1) > 0.5;
        }
    }

    // Check the answer here, independently of the solver's tolerances.
    SelectionProposal proposal;
    proposal.placesShort = placesShort;
    int count = 0;
    QHash<QString, int> perAdministration;
    for (int i = 0; i < n; ++i) {
        if (picked.at(i)) {
            ++count;
            proposal.total += c.at(i).total;
            perAdministration[administrationKey(c.at(i).administration)] += 1;
        }
    }
    QList<int> inGroup(minimums.size(), 0);
    int shortNow = 0;
    for (int g = 0; g < minimums.size(); ++g) {
        for (int i : minimums.at(g).members) {
            inGroup[g] += picked.at(i) ? 1 : 0;
        }
        shortNow += std::max(0, minimums.at(g).required - inGroup.at(g));
    }
    bool sound = count <= rules.seats && shortNow == placesShort &&
                 (n == 0 || std::abs(glp_mip_obj_val(p) - proposal.total) < kTolerance * std::max(1.0, proposal.total));
    for (auto it = perAdministration.cbegin(); it != perAdministration.cend(); ++it) {
        sound = sound && (!limited(it.key()) || it.value() <= cap);
    }
    if (!sound) {
        return R::failure(ErrorCode::Internal, solverFailed);
    }

    // --- the reasons -------------------------------------------------------------------------
    QList<int> rankOf(n, 0);
    for (int i = 0; i < n; ++i) {
        rankOf[i] = i > 0 && std::abs(c.at(i - 1).total - c.at(i).total) <= kTolerance ? rankOf.at(i - 1) : i + 1;
    }
    int last = -1;  // the pick with the lowest total
    for (int i = 0; i < n; ++i) {
        if (picked.at(i)) {
            last = i;
        }
    }
    // A minimum holds a pick when removing the pick would leave it short(er).
    const auto minimumHolding = [&](int pick, int newcomer) -> int {
        for (int g = 0; g < minimums.size(); ++g) {
            const auto& members = minimums.at(g).members;
            if (members.contains(pick) && !members.contains(newcomer) && inGroup.at(g) <= minimums.at(g).required) {
                return g;
            }
        }
        return -1;
    };
    const auto atLeast = [&](int g) {
        return tr("at least %1 %2").arg(minimums.at(g).required).arg(minimums.at(g).description);
    };

    QSet<int> heldForMinimum;  // picks that hold a place against a higher total left out
    for (int o = 0; o < n; ++o) {
        if (picked.at(o)) {
            continue;
        }
        const SelectionCandidate& out = c.at(o);
        const QString key = administrationKey(out.administration);
        const bool administrationFull = limited(key) && perAdministration.value(key) >= cap;
        const QString administrationReason = tr("would make %1 from %2, limit %3")
                                                 .arg(perAdministration.value(key) + 1)
                                                 .arg(out.administration)
                                                 .arg(cap);
        QString reason;
        if (count < rules.seats) {
            reason =
                administrationFull ? administrationReason : tr("adds nothing to the total (%1)").arg(number(out.total));
        } else {
            // The picks it could replace: lower totals. Each swap is blocked by a rule, or the
            // set would not be the best.
            QString minimumReason;
            bool sameAdministrationLower = false;
            // Lower or equal totals: with an equal total, the swap would not lower the sum,
            // so when it is blocked the rule that blocks it decided, not the total.
            for (int q = n - 1; q >= 0; --q) {
                if (!picked.at(q) || c.at(q).total > out.total + kTolerance) {
                    continue;
                }
                if (administrationKey(c.at(q).administration) == key) {
                    sameAdministrationLower = true;
                }
                const int g = minimumHolding(q, o);
                if (g >= 0 && minimumReason.isEmpty()) {
                    minimumReason = std::abs(c.at(q).total - out.total) <= kTolerance
                                        ? tr("%2, picked with the same total %3, is needed to meet %1")
                                              .arg(atLeast(g), c.at(q).name, number(c.at(q).total))
                                        : tr("the picks with lower totals are needed to meet %1 (e.g. %2, total %3)")
                                              .arg(atLeast(g), c.at(q).name, number(c.at(q).total));
                    heldForMinimum.insert(q);
                }
            }
            const bool tie = last >= 0 && std::abs(out.total - c.at(last).total) <= kTolerance;
            // Whether some tied pick could give up its seat to them: not when each tied pick
            // holds a minimum they do not meet.
            bool freeTie = false;
            for (int q = 0; tie && q < n; ++q) {
                if (picked.at(q) && std::abs(c.at(q).total - out.total) <= kTolerance && minimumHolding(q, o) < 0 &&
                    (!administrationFull || administrationKey(c.at(q).administration) == key)) {
                    freeTie = true;
                }
            }
            if (tie && administrationFull && administrationKey(c.at(last).administration) != key && !freeTie) {
                reason = administrationReason;
            } else if (tie && !freeTie && !minimumReason.isEmpty()) {
                reason = minimumReason;
            } else if (last >= 0 && out.total <= c.at(last).total + kTolerance) {
                reason = tie ? tr("same total %1 as the last pick, %2: either fits; decide between them")
                                   .arg(number(out.total), c.at(last).name)
                             : tr("lower total %1 than the last pick %2 (%3)")
                                   .arg(number(out.total), number(c.at(last).total), c.at(last).name);
            } else if (administrationFull && (!sameAdministrationLower || minimumReason.isEmpty())) {
                reason = administrationReason;
            } else if (!minimumReason.isEmpty()) {
                reason = administrationFull ? QString(administrationReason + QStringLiteral("; ") + minimumReason)
                                            : minimumReason;
            } else {
                reason = tr("every set with them scores lower under the rules");
            }
        }
        proposal.leftOut.append({out, tr("left out: %1").arg(reason)});
    }
    for (int i = 0; i < n; ++i) {
        if (!picked.at(i)) {
            continue;
        }
        QString explanation =
            tr("picked: total %1, rank %2 of %3 by total").arg(number(c.at(i).total)).arg(rankOf.at(i)).arg(n);
        if (heldForMinimum.contains(i)) {
            for (int g = 0; g < minimums.size(); ++g) {
                if (minimums.at(g).members.contains(i) && inGroup.at(g) <= minimums.at(g).required) {
                    explanation +=
                        QString(QStringLiteral("; ") + tr("ahead of higher totals, to meet %1").arg(atLeast(g)));
                    break;
                }
            }
        }
        proposal.picks.append({c.at(i), explanation});
    }

    // --- the notes, one per rule ---------------------------------------------------------------
    proposal.notes.append(
        tr("%1 of %2 seats proposed, total %3.").arg(count).arg(rules.seats).arg(number(proposal.total)));
    if (count < rules.seats) {
        proposal.notes.append(n < rules.seats ? tr("The pool holds only %1 eligible candidates.").arg(n)
                                              : tr("The rules leave no other candidate who could take a seat."));
    }
    if (cap > 0) {
        proposal.notes.append(tr("At most %1 from one administration: respected.").arg(cap));
    }
    for (int g = 0; g < minimums.size(); ++g) {
        const Minimum& m = minimums.at(g);
        if (m.supply < m.asked) {
            proposal.notes.append(tr("At least %1 %2 asked; the eligible pool can supply %3 (with the other limits), "
                                     "so the minimum is lowered to %3.")
                                      .arg(m.asked)
                                      .arg(m.description)
                                      .arg(m.supply));
        }
        if (m.required == 0) {
            continue;  // lowered to nothing: the note above says why
        }
        if (inGroup.at(g) < m.required) {
            proposal.notes.append(tr("At least %1 %2 cannot be met together with the other rules: %3 proposed, "
                                     "the fewest places short overall.")
                                      .arg(m.required)
                                      .arg(m.description)
                                      .arg(inGroup.at(g)));
        } else {
            proposal.notes.append(
                tr("At least %1 %2: met, %3 proposed.").arg(m.required).arg(m.description).arg(inGroup.at(g)));
        }
    }
    return proposal;
}
