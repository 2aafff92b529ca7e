// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Validation.h"

#include <QStringList>

QString Validation::messageFor(const QString& field) const
{
    for (const auto& problem : m_problems) {
        if (problem.field == field) {
            return problem.message;
        }
    }
    return {};
}

QString Validation::summary() const
{
    QStringList lines;
    for (const auto& problem : m_problems) {
        lines.append(problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

Status Validation::toStatus() const
{
    if (ok()) {
        return Status::success();
    }
    return Status::failure(ErrorCode::Invalid, summary());
}
