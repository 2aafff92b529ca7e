// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Today" and "now" for every rule, record and printed date in the application: one clock,
// so that a test can run a whole call (applications in spring, the workshop in autumn, Stage 3
// next year) on dates of its choosing. Users cannot move it; only a test, in its own process,
// sets it. A set clock keeps ticking from the moment it was set, so timestamps still order.

#include <QDate>
#include <QDateTime>

class Clock
{
public:
    /// The local date.
    static QDate today();
    /// The moment, in UTC, for what is stored.
    static QDateTime nowUtc();
    /// The moment, in local time, for what is shown or printed.
    static QDateTime now();

    /// For tests: from now on the clock reads `at` and ticks on from there. Thread-safe.
    static void setForTesting(const QDateTime& at);
    /// For tests: the clock reads the computer's time again.
    static void resetForTesting();
};
