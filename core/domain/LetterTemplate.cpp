// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LetterTemplate.h"

#include "domain/Candidate.h"

#include <QRegularExpression>

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kFrench = QStringLiteral("fr");

struct BuiltIn {
    Stage decision;
    const char16_t* subjectEn;
    const char16_t* bodyEn;
    const char16_t* subjectFr;
    const char16_t* bodyFr;
};

// The shipped letters are content in a given language, not text of the interface: they
// must read the same whatever language the officer's interface speaks, so they are not
// translated through tr(). Each language's text was written as a letter, not translated
// word for word.
const BuiltIn kBuiltIn[] = {
    {Stage::Selected, u"Accreditation of IPR Technical and Operational Advisors: selected for {workshop}",
     u"{salutation}\n\n"
     u"Thank you for your application to become an accredited IPR Technical and Operational Advisor.\n\n"
     u"I am pleased to inform you that, on the basis of your qualifications, you have been selected to take part "
     u"in the accreditation workshop {workshop}, to be held in {workshop_venue} from {workshop_start} to "
     u"{workshop_end}.\n\n"
     u"Your place will be confirmed once we have received your written commitment to the availability condition: "
     u"once accredited, you will be available for up to {commitment_weeks} weeks, not necessarily consecutive, of "
     u"training or technical assistance activities over three years.\n\n"
     u"Practical details will follow. Please do not hesitate to contact us with any question.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : sélection pour {workshop}",
     u"{salutation}\n\n"
     u"Nous vous remercions de votre candidature à l'accréditation en qualité de {advisor} (CTO) en matière de "
     u"droits de propriété intellectuelle (DPI).\n\n"
     u"J'ai le plaisir de vous informer que, sur la base de vos qualifications, vous avez été retenu{e} pour "
     u"participer à l'atelier d'accréditation {workshop}, qui se tiendra à {workshop_venue} du {workshop_start} au "
     u"{workshop_end}.\n\n"
     u"Votre participation sera confirmée dès réception de votre engagement écrit à respecter la condition de "
     u"disponibilité : une fois accrédité{e}, vous serez disponible jusqu'à {commitment_weeks} semaines, non "
     u"nécessairement consécutives, pour des activités de formation ou d'assistance technique sur trois ans.\n\n"
     u"Les informations pratiques vous parviendront prochainement. N'hésitez pas à nous contacter pour toute "
     u"question.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::Waitlisted, u"Accreditation of IPR Technical and Operational Advisors: your application",
     u"{salutation}\n\n"
     u"Thank you for your application to become an accredited IPR Technical and Operational Advisor.\n\n"
     u"The accreditation workshop {workshop} is limited to ten participants. Your application has been placed on "
     u"the waiting list for this workshop. Should a place become available, we will contact you without delay.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : votre candidature",
     u"{salutation}\n\n"
     u"Nous vous remercions de votre candidature à l'accréditation en qualité de {advisor} (CTO) en matière de "
     u"droits de propriété intellectuelle (DPI).\n\n"
     u"L'atelier d'accréditation {workshop} est limité à dix participants. Votre candidature a été inscrite sur la "
     u"liste d'attente de cet atelier. Si une place se libère, nous vous en informerons sans délai.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::NotSelected, u"Accreditation of IPR Technical and Operational Advisors: your application",
     u"{salutation}\n\n"
     u"Thank you for your application to become an accredited IPR Technical and Operational Advisor.\n\n"
     u"All applications were reviewed carefully against the competence profile. I regret to inform you that your "
     u"application has not been selected for the accreditation workshop {workshop}. This decision reflects the "
     u"places available and the profile sought for this round; it does not prevent you from applying to a future "
     u"call.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : votre candidature",
     u"{salutation}\n\n"
     u"Nous vous remercions de votre candidature à l'accréditation en qualité de {advisor} (CTO) en matière de "
     u"droits de propriété intellectuelle (DPI).\n\n"
     u"Toutes les candidatures ont été examinées avec attention au regard du profil de compétences. J'ai le regret "
     u"de vous informer que votre candidature n'a pas été retenue pour l'atelier d'accréditation {workshop}. Cette "
     u"décision tient au nombre de places disponibles et au profil recherché pour cette session ; elle ne vous "
     u"empêche pas de répondre à un prochain appel à candidatures.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::WorkshopPassed, u"Accreditation of IPR Technical and Operational Advisors: workshop passed",
     u"{salutation}\n\n"
     u"I am pleased to inform you that you have successfully completed the accreditation workshop {workshop}, held "
     u"in {workshop_venue} from {workshop_start} to {workshop_end}.\n\n"
     u"You now proceed to the third stage of the accreditation process: an assessment during WCO capacity building "
     u"activities, on the ground or online. We will contact you about the activities concerned.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : atelier réussi",
     u"{salutation}\n\n"
     u"J'ai le plaisir de vous informer que vous avez réussi l'atelier d'accréditation {workshop}, qui s'est tenu à "
     u"{workshop_venue} du {workshop_start} au {workshop_end}.\n\n"
     u"Vous accédez à la troisième étape du processus d'accréditation : une évaluation lors d'activités de "
     u"renforcement des capacités de l'OMD, sur le terrain ou en ligne. Nous reviendrons vers vous au sujet des "
     u"activités concernées.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::WorkshopFailed, u"Accreditation of IPR Technical and Operational Advisors: workshop result",
     u"{salutation}\n\n"
     u"Thank you for your participation in the accreditation workshop {workshop}, held in {workshop_venue} from "
     u"{workshop_start} to {workshop_end}.\n\n"
     u"Following the assessment made during the workshop, I regret to inform you that you have not passed this "
     u"stage of the accreditation process. The assessors' observations are available from the Secretariat on "
     u"request.\n\n"
     u"We are grateful for your commitment and hope to continue working with you.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : résultat de l'atelier",
     u"{salutation}\n\n"
     u"Nous vous remercions de votre participation à l'atelier d'accréditation {workshop}, qui s'est tenu à "
     u"{workshop_venue} du {workshop_start} au {workshop_end}.\n\n"
     u"À l'issue de l'évaluation menée pendant l'atelier, j'ai le regret de vous informer que vous n'avez pas réussi "
     u"cette étape du processus d'accréditation. Les observations des évaluateurs peuvent être obtenues auprès du "
     u"Secrétariat sur demande.\n\n"
     u"Nous vous remercions de votre engagement et espérons poursuivre notre collaboration.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::Accredited, u"Accreditation as an IPR Technical and Operational Advisor",
     u"{salutation}\n\n"
     u"I am pleased to inform you that, having completed the three stages of the accreditation process, you are "
     u"accredited as a WCO IPR Technical and Operational Advisor with effect from {accreditation_date}.\n\n"
     u"In line with the commitment you gave, you will be available for up to {commitment_weeks} weeks, not "
     u"necessarily consecutive, of training or technical assistance activities during the three years of your "
     u"accreditation, that is until {commitment_end}.\n\n"
     u"Congratulations on this achievement. We look forward to working with you.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation en qualité de {advisor} (CTO) en matière de DPI",
     u"{salutation}\n\n"
     u"J'ai le plaisir de vous informer qu'au terme des trois étapes du processus d'accréditation, vous êtes "
     u"accrédité{e} en qualité de {advisor} (CTO) de l'OMD en matière de droits de propriété intellectuelle "
     u"(DPI) à compter du {accreditation_date}.\n\n"
     u"Conformément à l'engagement que vous avez pris, vous serez disponible jusqu'à {commitment_weeks} semaines, "
     u"non nécessairement consécutives, pour des activités de formation ou d'assistance technique pendant les trois "
     u"années de votre accréditation, soit jusqu'au {commitment_end}.\n\n"
     u"Toutes nos félicitations. Nous nous réjouissons de travailler avec vous.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
    {Stage::NotAccredited, u"Accreditation of IPR Technical and Operational Advisors: result of the final stage",
     u"{salutation}\n\n"
     u"Thank you for your participation in the third stage of the accreditation process.\n\n"
     u"Following the assessment made during capacity building activities, I regret to inform you that the "
     u"accreditation process has not been completed successfully. The assessors' observations are available from "
     u"the Secretariat on request.\n\n"
     u"We are grateful for your commitment.\n\n"
     u"Yours sincerely,\n\n{signature}",
     u"Accréditation des conseillers techniques et opérationnels (CTO) en matière de DPI : résultat de la dernière "
     u"étape",
     u"{salutation}\n\n"
     u"Nous vous remercions de votre participation à la troisième étape du processus d'accréditation.\n\n"
     u"À l'issue de l'évaluation menée lors d'activités de renforcement des capacités, j'ai le regret de vous "
     u"informer que le processus d'accréditation n'a pas abouti. Les observations des évaluateurs peuvent être "
     u"obtenues auprès du Secrétariat sur demande.\n\n"
     u"Nous vous remercions de votre engagement.\n\n"
     u"Je vous prie d'agréer l'expression de mes salutations distinguées.\n\n{signature}"},
};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

int levelRank(LanguageLevel level)
{
    return int(level);
}

}  // namespace

QList<Stage> LetterTemplate::decisions()
{
    return {Stage::Selected,       Stage::Waitlisted, Stage::NotSelected,  Stage::WorkshopPassed,
            Stage::WorkshopFailed, Stage::Accredited, Stage::NotAccredited};
}

QStringList LetterTemplate::languages()
{
    return {kEnglish, kFrench};
}

QString LetterTemplate::languageName(const QString& language)
{
    // Each language under its own name, as language choosers show them.
    if (language == kFrench) {
        return QStringLiteral("Français");
    }
    if (language == kEnglish) {
        return QStringLiteral("English");
    }
    return language;
}

QList<QPair<QString, QString>> LetterTemplate::placeholders()
{
    return {
        {QStringLiteral("salutation"), tr("Greeting line, e.g. \"Dear Amina Diallo,\" or \"Madame,\"")},
        {QStringLiteral("candidate_name"), tr("Given names and family name")},
        {QStringLiteral("given_names"), tr("Given names")},
        {QStringLiteral("family_name"), tr("Family name")},
        {QStringLiteral("position"), tr("The candidate's position")},
        {QStringLiteral("administration"), tr("Nominating Customs administration")},
        {QStringLiteral("workshop"), tr("Workshop title")},
        {QStringLiteral("workshop_venue"), tr("Workshop venue")},
        {QStringLiteral("workshop_start"), tr("First day of the workshop")},
        {QStringLiteral("workshop_end"), tr("Last day of the workshop")},
        {QStringLiteral("decision_date"), tr("Date of the decision")},
        {QStringLiteral("reason"), tr("Reason recorded with the decision")},
        {QStringLiteral("accreditation_date"), tr("Accreditation date")},
        {QStringLiteral("commitment_end"), tr("Last day of the three-year availability commitment")},
        {QStringLiteral("commitment_weeks"), tr("Weeks of availability (12)")},
        {QStringLiteral("officer"), tr("Name of the person who signs (the file's signatory)")},
        {QStringLiteral("signatory_title"), tr("Title of the person who signs")},
        {QStringLiteral("signature"),
         tr("The signature: the signatory's name and title, then the WCO Secretariat, one per line")},
        {QStringLiteral("advisor"),
         tr("The title the candidate applies for or holds, in the letter's language and, in French, agreeing with "
            "their gender: \"conseillère technique et opérationnelle\" for a woman, \"conseiller technique et "
            "opérationnel\" for a man")},
        {QStringLiteral("e"), tr("French agreement with the candidate's gender: \"e\" for a woman, nothing for a "
                                 "man, \"(e)\" otherwise, as in \"accrédité{e}\"")},
        {QStringLiteral("letter_date"), tr("Date of the letter")},
    };
}

LetterTemplate LetterTemplate::builtIn(Stage decision, const QString& language)
{
    LetterTemplate t;
    t.decision = decision;
    t.language = languages().contains(language) ? language : kEnglish;
    for (const BuiltIn& b : kBuiltIn) {
        if (b.decision == decision) {
            const bool french = t.language == kFrench;
            t.subject = QString::fromUtf16(french ? b.subjectFr : b.subjectEn);
            t.body = QString::fromUtf16(french ? b.bodyFr : b.bodyEn);
        }
    }
    return t;
}

QString LetterTemplate::preferredLanguage(const Candidate& candidate)
{
    const int english = candidate.englishLevel ? levelRank(*candidate.englishLevel) : -1;
    for (const LanguageSkill& skill : candidate.otherLanguages) {
        const QString name = skill.language.trimmed().toCaseFolded();
        const bool french = name == QLatin1String("french") || name == QStringLiteral("français") ||
                            name == QLatin1String("francais") || name == QLatin1String("fr");
        if (french && levelRank(skill.level) >= levelRank(LanguageLevel::C1) && levelRank(skill.level) > english) {
            return kFrench;
        }
    }
    return kEnglish;
}

QString LetterTemplate::fill(const QString& text, const QHash<QString, QString>& values)
{
    QString filled;
    filled.reserve(text.size() + 256);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        filled += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        filled += value == values.constEnd() ? match.captured(0) : value.value();
        last = match.capturedEnd();
    }
    filled += QStringView(text).mid(last);
    return filled;
}

QStringList LetterTemplate::unknownPlaceholders(const QString& text)
{
    QStringList known;
    for (const auto& p : placeholders()) {
        known.append(p.first);
    }
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name)) {
            unknown.append(name);
        }
    }
    return unknown;
}

Validation LetterTemplate::validate() const
{
    Validation v;
    if (!decisions().contains(decision)) {
        v.add(QStringLiteral("decision"),
              tr("There is no result letter for \"%1\". Choose one of the decisions a letter exists for.")
                  .arg(labelOf(decision)));
    }
    if (!languages().contains(language)) {
        v.add(QStringLiteral("language"),
              tr("Letters are written in English (en) or French (fr), not \"%1\".").arg(language));
    }
    if (subject.trimmed().isEmpty()) {
        v.add(QStringLiteral("subject"), tr("The letter needs a subject."));
    }
    if (body.trimmed().isEmpty()) {
        v.add(QStringLiteral("body"), tr("The letter needs a text."));
    }
    for (const QString& field : {QStringLiteral("subject"), QStringLiteral("body")}) {
        const QStringList unknown = unknownPlaceholders(field == QLatin1String("subject") ? subject : body);
        if (!unknown.isEmpty()) {
            v.add(field, tr("Unknown placeholder(s): {%1}. Use one of the placeholders listed beside the text, or "
                            "remove the braces.",
                            nullptr, int(unknown.size()))
                             .arg(unknown.join(QStringLiteral("}, {"))));
        }
    }
    if (subject.size() > 1000 || body.size() > kMaxTextLength) {
        v.add(QStringLiteral("body"), tr("The letter is too long."));
    }
    return v;
}

Validation LetterSignatory::validate() const
{
    Validation v;
    if (name.trimmed().isEmpty() && !title.trimmed().isEmpty()) {
        v.add(QStringLiteral("signatory_name"),
              LetterTemplate::tr("A signatory's title needs their name too; give both, or neither to clear them."));
    }
    if (name.size() > 200 || title.size() > 200 || name.contains(QLatin1Char('\n')) ||
        title.contains(QLatin1Char('\n'))) {
        v.add(QStringLiteral("signatory_name"),
              LetterTemplate::tr("The signatory's name and title are one line each, of at most 200 characters."));
    }
    return v;
}
