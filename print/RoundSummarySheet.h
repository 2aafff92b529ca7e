// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The round summary on paper, as the Secretariat reports it upward: applied, selected,
// passed the workshop and accredited, in all and by region, gender and administration.

#include <QCoreApplication>

class RoundSummary;
struct PrintSection;

class RoundSummarySheet
{
    Q_DECLARE_TR_FUNCTIONS(RoundSummarySheet)

public:
    static PrintSection section(const RoundSummary& summary);
};
