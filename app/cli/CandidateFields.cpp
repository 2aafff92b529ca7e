// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateFields.h"

#include "domain/Candidate.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "import/ApplicationImport.h"

#include <QCommandLineParser>

namespace {

/// The option that sets the field `key` (a column key, or a Validation field).
QString optionOf(const QString& key)
{
    // Candidate::validate() names the other languages "languages", as the editor does.
    const QString column = key == QLatin1String("languages") ? QStringLiteral("other_languages") : key;
    return QString(column).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString helpOf(const QString& key)
{
    if (key == QLatin1String("family_name")) {
        return CandidateFields::tr("Family name (required).");
    }
    if (key == QLatin1String("given_names")) {
        return CandidateFields::tr("Given names.");
    }
    if (key == QLatin1String("gender")) {
        return CandidateFields::tr("Gender: %1.").arg(keyList<Gender>());
    }
    if (key == QLatin1String("date_of_birth")) {
        return CandidateFields::tr("Date of birth, YYYY-MM-DD.");
    }
    if (key == QLatin1String("nationality")) {
        return CandidateFields::tr("Nationality (required).");
    }
    if (key == QLatin1String("administration")) {
        return CandidateFields::tr("The nominating Customs administration (required).");
    }
    if (key == QLatin1String("region")) {
        return CandidateFields::tr("WCO region (required): %1.").arg(keyList<Region>());
    }
    if (key == QLatin1String("position")) {
        return CandidateFields::tr("Position held.");
    }
    if (key == QLatin1String("email")) {
        return CandidateFields::tr("E-mail address.");
    }
    if (key == QLatin1String("phone")) {
        return CandidateFields::tr("Telephone: digits, spaces, ()./- and an optional leading +.");
    }
    if (key == QLatin1String("education")) {
        return CandidateFields::tr("Highest education: %1.").arg(keyList<EducationLevel>());
    }
    if (key == QLatin1String("years_in_customs")) {
        return CandidateFields::tr("Years in Customs, 0 to 60.");
    }
    if (key == QLatin1String("years_in_public_administration")) {
        return CandidateFields::tr("Years in public administration, 0 to 60.");
    }
    if (key == QLatin1String("english_level")) {
        return CandidateFields::tr("English level: %1.").arg(keyList<LanguageLevel>());
    }
    if (key == QLatin1String("other_languages")) {
        return CandidateFields::tr("Other languages with their levels, e.g. \"French:c1; Spanish:b2\" (not English).");
    }
    if (key == QLatin1String("ipr_experience")) {
        return CandidateFields::tr("Experience in intellectual property rights.");
    }
    if (key == QLatin1String("consent_to_keep_data")) {
        return CandidateFields::tr("Consent to keep the data: yes or no.");
    }
    if (key == QLatin1String("application_date")) {
        return CandidateFields::tr("Date of the application, YYYY-MM-DD (required; not in the future).");
    }
    return {};
}

}  // namespace

void CandidateFields::addOptions(QCommandLineParser& parser)
{
    for (const QString& key : ApplicationImport::columns()) {
        parser.addOption({optionOf(key), helpOf(key), tr("VALUE")});
    }
}

bool CandidateFields::anyGiven(const QCommandLineParser& parser)
{
    for (const QString& key : ApplicationImport::columns()) {
        if (parser.isSet(optionOf(key))) {
            return true;
        }
    }
    return false;
}

QStringList CandidateFields::apply(const QCommandLineParser& parser, Candidate& candidate)
{
    QStringList lines;
    for (const QString& key : ApplicationImport::columns()) {
        const QString option = optionOf(key);
        if (!parser.isSet(option)) {
            continue;
        }
        for (const QString& problem : ApplicationImport::readField(candidate, key, parser.value(option).trimmed())) {
            lines.append(tr("--%1: %2").arg(option, problem));
        }
    }
    return lines;
}

QStringList CandidateFields::problems(const Validation& validation)
{
    QStringList lines;
    for (const FieldProblem& problem : validation.problems()) {
        lines.append(problem.field.isEmpty() ? problem.message
                                             : tr("--%1: %2").arg(optionOf(problem.field), problem.message));
    }
    return lines;
}
