// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Candidate.h"

#include "domain/TextFold.h"

#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int kMaxYears = 60;

bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email).hasMatch();
}

bool looksLikePhone(const QString& phone)
{
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()./-]+$)"));
    if (!allowed.match(phone).hasMatch()) {
        return false;
    }
    int digits = 0;
    for (const QChar c : phone) {
        digits += c.isDigit() ? 1 : 0;
    }
    return digits >= 6 && digits <= 20;
}

}  // namespace

QString Candidate::sortName() const
{
    if (givenNames.trimmed().isEmpty()) {
        return familyName.trimmed();
    }
    return tr("%1, %2", "family name, given names").arg(familyName.trimmed(), givenNames.trimmed());
}

QString Candidate::displayName() const
{
    if (givenNames.trimmed().isEmpty()) {
        return familyName.trimmed();
    }
    return tr("%1 %2", "given names, family name").arg(givenNames.trimmed(), familyName.trimmed());
}

QString Candidate::searchText() const
{
    return TextFold::fold(
        QStringList{familyName, givenNames, administration, nationality, email, position}.join(QLatin1Char('\n')));
}

Validation Candidate::validate(const QDate& today) const
{
    Validation v;
    const auto tooLong = [](const QString& text) { return text.size() > kMaxTextLength; };

    if (familyName.trimmed().isEmpty()) {
        v.add(QStringLiteral("family_name"), tr("Enter the candidate's family name."));
    }
    if (nationality.trimmed().isEmpty()) {
        v.add(QStringLiteral("nationality"), tr("Enter the candidate's nationality."));
    }
    if (administration.trimmed().isEmpty()) {
        v.add(QStringLiteral("administration"), tr("Enter the Customs administration that nominates the candidate."));
    }
    if (!region) {
        v.add(QStringLiteral("region"), tr("Choose the WCO region of the nominating administration."));
    }
    const QList<QPair<QString, const QString*>> texts = {{QStringLiteral("family_name"), &familyName},
                                                         {QStringLiteral("given_names"), &givenNames},
                                                         {QStringLiteral("nationality"), &nationality},
                                                         {QStringLiteral("administration"), &administration},
                                                         {QStringLiteral("position"), &position},
                                                         {QStringLiteral("email"), &email},
                                                         {QStringLiteral("phone"), &phone},
                                                         {QStringLiteral("ipr_experience"), &iprExperience}};
    for (const auto& [field, text] : texts) {
        if (tooLong(*text)) {
            v.add(field, tr("This text is longer than %L1 characters; shorten it or attach it as a document.")
                             .arg(kMaxTextLength));
        }
    }
    if (!email.isEmpty() && !looksLikeEmail(email)) {
        v.add(QStringLiteral("email"), tr("\"%1\" is not an e-mail address; write it as name@example.org.").arg(email));
    }
    if (!phone.isEmpty() && !looksLikePhone(phone)) {
        v.add(QStringLiteral("phone"),
              tr("\"%1\" is not a phone number; use digits, spaces and an optional leading +.").arg(phone));
    }
    if (dateOfBirth.isValid()) {
        const QDate reference = applicationDate.isValid() ? applicationDate : today;
        if (dateOfBirth > reference.addYears(-18) || dateOfBirth < reference.addYears(-100)) {
            v.add(QStringLiteral("date_of_birth"),
                  tr("The date of birth makes the candidate younger than 18 or older than 100 when applying; "
                     "check the date."));
        }
    }
    if (yearsInCustoms < 0 || yearsInCustoms > kMaxYears) {
        v.add(QStringLiteral("years_in_customs"), tr("Years in Customs must be between 0 and %1.").arg(kMaxYears));
    }
    if (yearsInPublicAdministration < 0 || yearsInPublicAdministration > kMaxYears) {
        v.add(QStringLiteral("years_in_public_administration"),
              tr("Years in public administration must be between 0 and %1.").arg(kMaxYears));
    }
    if (!applicationDate.isValid()) {
        v.add(QStringLiteral("application_date"), tr("Enter the date the application was received."));
    } else if (applicationDate > today) {
        v.add(QStringLiteral("application_date"), tr("The application date lies in the future; check the date."));
    }
    QSet<QString> seen;
    for (const auto& skill : otherLanguages) {
        const QString name = skill.language.trimmed();
        if (name.isEmpty()) {
            v.add(QStringLiteral("languages"), tr("A language in the list has no name; name it or remove the row."));
            continue;
        }
        if (name.compare(QStringLiteral("English"), Qt::CaseInsensitive) == 0) {
            v.add(QStringLiteral("languages"), tr("English has its own field; remove it from the other languages."));
        }
        if (seen.contains(name.toCaseFolded())) {
            v.add(QStringLiteral("languages"), tr("%1 is listed twice; keep one row per language.").arg(name));
        }
        seen.insert(name.toCaseFolded());
    }
    return v;
}
