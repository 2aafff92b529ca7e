// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantOption.h"

#include "Command.h"
#include "Lookup.h"
#include "domain/Activity.h"
#include "domain/Candidate.h"
#include "pool/AccreditedAdvisor.h"
#include "store/Pool.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>

// The messages keep the translation context of activity-add, where they were first written.

void ParticipantOption::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("participant"),
                      QCoreApplication::translate("ActivityAddCommand",
                                                  "Who takes part (id or name), and their role: %1 (co_facilitator "
                                                  "when left out). Repeat for several.")
                          .arg(keyList<ParticipantRole>()),
                      QCoreApplication::translate("ActivityAddCommand", "CANDIDATE[:ROLE]")});
    parser.addOption({QStringLiteral("voluntary-extra"),
                      QCoreApplication::translate(
                          "ActivityAddCommand",
                          "Record as voluntary extra, with REASON, the part of any advisor that goes beyond the "
                          "twelve weeks of their commitment or outside its period; without it such a part is "
                          "refused."),
                      QCoreApplication::translate("ActivityAddCommand", "REASON")});
}

int ParticipantOption::read(const QCommandLineParser& parser, const Store& store,
                            const QList<ActivityParticipant>& current, QList<ActivityParticipant>& participants,
                            QTextStream& err)
{
    participants.clear();
    for (const QString& spec : parser.values(QStringLiteral("participant"))) {
        QString who = spec;
        std::optional<ParticipantRole> role;
        const int colon = int(spec.lastIndexOf(QLatin1Char(':')));
        if (colon > 0) {
            role = fromKey<ParticipantRole>(spec.mid(colon + 1));
            if (!role) {
                err << QCoreApplication::translate("ActivityAddCommand", "\"%1\" is not a role; use one of: %2.")
                           .arg(spec.mid(colon + 1), keyList<ParticipantRole>())
                    << Qt::endl;
                return Command::UsageError;
            }
            who = spec.left(colon);
        }
        const auto candidate = findCandidate(store, who);
        if (!candidate.ok()) {
            err << candidate.message() << Qt::endl;
            return Command::Failure;
        }
        ActivityParticipant p;
        p.candidateId = candidate.value().meta.id;
        const auto kept = std::find_if(current.cbegin(), current.cend(),
                                       [&](const ActivityParticipant& c) { return c.candidateId == p.candidateId; });
        if (kept != current.cend() && !role) {
            p = *kept;
        } else if (role) {
            p.role = *role;
        }
        participants.append(p);
    }
    return Command::Success;
}

int ParticipantOption::settleVoluntaryExtra(const QCommandLineParser& parser, const Store& store, Activity& activity,
                                            QTextStream& err)
{
    if (!parser.isSet(QStringLiteral("voluntary-extra"))) {
        return Command::Success;
    }
    const QString reason = parser.value(QStringLiteral("voluntary-extra")).trimmed();
    const auto issues = store.pool().assignmentIssues(activity);
    if (!issues.ok()) {
        err << issues.message() << Qt::endl;
        return Command::Failure;
    }
    for (const AssignmentIssue& issue : issues.value()) {
        for (ActivityParticipant& p : activity.participants) {
            if (p.candidateId == issue.candidateId && issue.voluntaryExtraSettles()) {
                p.voluntaryExtra = true;
                p.extraReason = reason;
            }
        }
    }
    return Command::Success;
}
