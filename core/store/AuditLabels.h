// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for the audit trail's actions, for the history views of the GUI and the CLI.

#include <QString>
#include <QStringList>

namespace AuditLabels {

/// "Candidate added" for "candidate.create"; the key itself when unknown.
QString action(const QString& key);
/// The group an action belongs to ("candidate", "decision", …), for filters.
QString group(const QString& key);
/// The groups with their translated names, in the order filters list them.
QList<QPair<QString, QString>> groups();

}  // namespace AuditLabels
