// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSettings.h"

#include <QSettings>

namespace {
const QString kPaperKey = QStringLiteral("print/paper");
}

PrintSettings::Paper PrintSettings::paper()
{
    return paperFromKey(QSettings().value(kPaperKey).toString()).value_or(Paper::A4);
}

void PrintSettings::setPaper(Paper paper)
{
    QSettings().setValue(kPaperKey, keyOf(paper));
}

QPageSize PrintSettings::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString PrintSettings::keyOf(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PrintSettings::Paper> PrintSettings::paperFromKey(const QString& key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0) {
        return Paper::A4;
    }
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        return Paper::Letter;
    }
    return std::nullopt;
}

QString PrintSettings::labelOf(Paper paper)
{
    return paper == Paper::Letter ? tr("US Letter") : tr("A4");
}
