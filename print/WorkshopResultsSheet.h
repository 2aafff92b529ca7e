// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 2 results of a workshop on paper: for each participant, each assessor's rating
// on each of the workshop's criteria, the mean and the consensus, and the outcome with the
// decision. What the reader may see only (WorkshopResults is built so), on landscape pages.

#include <QCoreApplication>

class WorkshopResults;
struct PrintSection;

class WorkshopResultsSheet
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopResultsSheet)

public:
    static PrintSection section(const WorkshopResults& results);
};
