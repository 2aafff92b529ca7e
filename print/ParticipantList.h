// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The participant list of a workshop: who holds a seat, with their administration,
// country and region, and a column to sign in, as handed out on the first morning.

#include <QCoreApplication>
#include <QList>

class Candidate;
class Workshop;
struct PrintSection;

class ParticipantList
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantList)

public:
    static PrintSection section(const Workshop& workshop, const QList<Candidate>& participants);
};
