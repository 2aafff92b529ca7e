// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one place where the command line reads who takes part in an activity: --participant
// CANDIDATE[:ROLE] (repeated) and --voluntary-extra REASON, for activity-add and
// activity-edit alike.

#include <QCoreApplication>
#include <QList>

class Activity;
class QCommandLineParser;
class QTextStream;
class Store;
struct ActivityParticipant;

class ParticipantOption
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantOption)

public:
    /// Adds --participant and --voluntary-extra.
    static void addOptions(QCommandLineParser& parser);
    /// The participants the --participant options name, in their order. Someone already in
    /// `current` keeps their record (role, voluntary extra) unless a role is given. Success,
    /// or the exit code after printing what is wrong (a role that is none: a usage error; a
    /// candidate not found: a failure).
    static int read(const QCommandLineParser& parser, const Store& store, const QList<ActivityParticipant>& current,
                    QList<ActivityParticipant>& participants, QTextStream& err);
    /// With --voluntary-extra, records as voluntary extra, with its reason, the part of every
    /// advisor of `activity` that goes beyond their commitment or outside its period (what
    /// core would otherwise refuse). Success, or Failure after printing why.
    static int settleVoluntaryExtra(const QCommandLineParser& parser, const Store& store, Activity& activity,
                                    QTextStream& err);
};
