#include "DuplicateCheck.h"

#include "Candidate.h"
#include "TextFold.h"

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

QStringList DuplicateCheck::reasons(const Candidate& a, const Candidate& b)
{
    QStringList found;
    if (!a.email.trimmed().isEmpty() && a.email.trimmed().compare(b.email.trimmed(), Qt::CaseInsensitive) == 0) {
        found.append(Candidate::tr("the same e-mail address"));
    }
    const QString phone = phoneDigits(a.phone);
    if (!phone.isEmpty() && phone == phoneDigits(b.phone)) {
        found.append(Candidate::tr("the same phone number"));
    }
    if (a.dateOfBirth.isValid() && a.dateOfBirth == b.dateOfBirth && !a.familyName.trimmed().isEmpty() &&
        TextFold::fold(a.familyName.trimmed()) == TextFold::fold(b.familyName.trimmed())) {
        found.append(Candidate::tr("the same family name and date of birth"));
    }
    return found;
}
