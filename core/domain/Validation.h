// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outcome of a value type's self-check: every broken rule with the field it concerns,
// so an editor can show each message next to its field.

#include "Result.h"

#include <QList>
#include <QString>

struct FieldProblem {
    QString field;  ///< the value type's field key, e.g. "email"
    QString message;  ///< translated sentence saying what is wrong and what to do
};

class Validation
{
public:
    void add(const QString& field, const QString& message) { m_problems.append({field, message}); }
    bool ok() const { return m_problems.isEmpty(); }
    const QList<FieldProblem>& problems() const { return m_problems; }
    /// The message for one field, empty when the field is fine.
    QString messageFor(const QString& field) const;
    /// All messages, one a line: what a CLI prints or a dialog shows.
    QString summary() const;
    /// Ok, or an Invalid error carrying the summary.
    Status toStatus() const;

private:
    QList<FieldProblem> m_problems;
};
