// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DuplicateCheck.h"

#include "domain/Candidate.h"
#include "domain/TextFold.h"

QString DuplicateCheck::phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

QList<DuplicateCheck::Key> DuplicateCheck::keys(const Candidate& c)
{
    QList<Key> found;
    if (const QString email = c.email.trimmed(); !email.isEmpty()) {
        found.append({KeyKind::Email, email.toCaseFolded()});
    }
    if (const QString digits = phoneDigits(c.phone); !digits.isEmpty()) {
        found.append({KeyKind::Phone, digits});
    }
    if (c.dateOfBirth.isValid() && !c.familyName.trimmed().isEmpty()) {
        found.append({KeyKind::NameAndBirth,
                      c.dateOfBirth.toString(Qt::ISODate) + QLatin1Char(':') + TextFold::fold(c.familyName.trimmed())});
    }
    return found;
}

QString DuplicateCheck::indexText(const Key& key)
{
    return QString::number(int(key.kind)) + QLatin1Char(':') + key.value;
}

QString DuplicateCheck::reason(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Email:
        return Candidate::tr("the same e-mail address");
    case KeyKind::Phone:
        return Candidate::tr("the same phone number");
    case KeyKind::NameAndBirth:
        return Candidate::tr("the same family name and date of birth");
    }
    return {};
}

QStringList DuplicateCheck::reasons(const Candidate& a, const Candidate& b)
{
    // The same keys as the import's index uses, so that a pair found there is a pair here.
    const QList<Key> theirs = keys(b);
    QStringList found;
    for (const Key& mine : keys(a)) {
        for (const Key& other : theirs) {
            if (other.kind == mine.kind && other.value == mine.value) {
                found.append(reason(mine.kind));
            }
        }
    }
    return found;
}
