// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the pool commands write a period and a commitment: "from – to" in ISO dates, and
// commitment units as weeks.

class QDate;
class QString;

/// "2031-03-03 – 2031-03-07".
QString dates(const QDate& from, const QDate& to);

/// Commitment units (CommitmentLedger) as weeks.
double weeks(int units);
