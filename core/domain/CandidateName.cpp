// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CandidateName.h"

#include "domain/Candidate.h"
#include "domain/TextFold.h"

#include <QRegularExpression>

#include <algorithm>

QStringList CandidateName::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return TextFold::fold(text).split(separators, Qt::SkipEmptyParts);
}

CandidateName::Match CandidateName::match(const Candidate& candidate, const QString& typed)
{
    QStringList asked = words(typed);
    QStringList name = words(candidate.givenNames + QLatin1Char(' ') + candidate.familyName);
    if (asked.isEmpty() || name.isEmpty()) {
        return Match::None;
    }
    std::sort(asked.begin(), asked.end());
    std::sort(name.begin(), name.end());
    if (asked == name) {
        return Match::Exact;
    }
    const auto every = [&](auto fits) {
        return std::all_of(asked.cbegin(), asked.cend(), [&](const QString& word) {
            return std::any_of(name.cbegin(), name.cend(), [&](const QString& part) { return fits(part, word); });
        });
    };
    if (every([](const QString& part, const QString& word) { return part == word; })) {
        return Match::Words;
    }
    if (every([](const QString& part, const QString& word) { return part.startsWith(word); })) {
        return Match::Prefix;
    }
    return Match::None;
}
