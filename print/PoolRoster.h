// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The roster of the pool of accredited advisors: who they are, where from, when they were
// accredited, how many of their twelve weeks they have given and when their commitment
// ends, as the Secretariat plans deployments with it.

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class AccreditedAdvisor;
struct PrintSection;

class PoolRoster
{
    Q_DECLARE_TR_FUNCTIONS(PoolRoster)

public:
    static PrintSection section(const QList<AccreditedAdvisor>& pool, WeekCounting rule, const QDate& today);
};
