// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/NameCollation.h"

#include <QLocale>

namespace {

QLocale collationLocale()
{
    const QLocale locale;
    // Qt compares the "C" locale's texts code point by code point, the very order to avoid.
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

}  // namespace

NameCollation::NameCollation()
    : m_collator(collationLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

QString NameCollation::personText(const QString& familyName, const QString& givenNames)
{
    // A tab sorts before any letter or space: "Ng" and all given names before "Nguyen".
    return familyName.trimmed() + QLatin1Char('\t') + givenNames.trimmed();
}
