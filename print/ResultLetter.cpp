// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultLetter.h"

#include "AssessmentSheet.h"
#include "pool/CommitmentLedger.h"
#include "CountryNames.h"
#include "HtmlText.h"
#include "PrintedDocument.h"

#include <QLocale>
#include <QRegularExpression>

using HtmlText::esc;

namespace {

bool isFrench(const LetterData& letter)
{
    return letter.text.language == QLatin1String("fr");
}

QLocale letterLocale(const LetterData& letter)
{
    return isFrench(letter) ? QLocale(QLocale::French, QLocale::France)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString longDate(const QLocale& locale, const QDate& date)
{
    // "13 October 2023", "13 octobre 2023": the day first, as the organisation writes dates.
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString asciiWord(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString word;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            word += c.toLower();
        } else if ((c.isSpace() || c == QLatin1Char('-')) && !word.endsWith(QLatin1Char('-'))) {
            word += QLatin1Char('-');
        }
    }
    while (word.endsWith(QLatin1Char('-'))) {
        word.chop(1);
    }
    while (word.startsWith(QLatin1Char('-'))) {
        word.remove(0, 1);
    }
    return word.left(40);
}

/// The candidate's country as the letter's language names it: French letters write the
/// country in French when the table knows it, and the value as entered otherwise.
QString countryLine(const LetterData& letter)
{
    if (isFrench(letter)) {
        if (const QString french = CountryNames::french(letter.candidate.nationality); !french.isEmpty()) {
            return french;
        }
    }
    return letter.candidate.nationality;
}

/// A workshop's title inside a French sentence: the title is the organisation's own, often
/// English, so it is quoted as a name, in French quotation marks.
QString workshopInSentence(const LetterData& letter)
{
    if (!letter.workshop) {
        return {};
    }
    return isFrench(letter) ? QStringLiteral("« %1 »").arg(letter.workshop->title) : letter.workshop->title;
}

}  // namespace

QHash<QString, QString> ResultLetter::values(const LetterData& letter)
{
    const QLocale locale = letterLocale(letter);
    const Candidate& c = letter.candidate;
    QString salutation;
    if (isFrench(letter)) {
        salutation = c.gender == Gender::Female ? QStringLiteral("Madame,")
                     : c.gender == Gender::Male ? QStringLiteral("Monsieur,")
                                                : QStringLiteral("Madame, Monsieur,");
    } else {
        salutation = QStringLiteral("Dear %1,").arg(c.displayName());
    }
    // Signed by the file's signatory, never by whichever account prints: without one, by
    // the Secretariat alone, for a signature by hand above it.
    QStringList signatureLines;
    for (const QString& line : {letter.signatory.name.trimmed(), letter.signatory.title.trimmed()}) {
        if (!line.isEmpty()) {
            signatureLines.append(line);
        }
    }
    signatureLines.append(isFrench(letter) ? QStringLiteral("Secrétariat de l'OMD")
                                           : QStringLiteral("WCO Secretariat"));
    const QString signature = signatureLines.join(QLatin1Char('\n'));
    // French agrees participles with the candidate: "accréditée" for a woman, "accrédité"
    // for a man, and the written neutral "accrédité(e)" when the gender is other or not given.
    const QString agreement = c.gender == Gender::Female ? QStringLiteral("e")
                              : c.gender == Gender::Male ? QString()
                                                         : QStringLiteral("(e)");
    // The title agrees too, a noun and its adjectives: "accréditée en qualité de conseillère
    // technique et opérationnelle", which {e} alone cannot give. English titles do not agree.
    QString advisor = QStringLiteral("Technical and Operational Advisor");
    if (isFrench(letter)) {
        advisor = c.gender == Gender::Female ? QStringLiteral("conseillère technique et opérationnelle")
                  : c.gender == Gender::Male ? QStringLiteral("conseiller technique et opérationnel")
                                             : QStringLiteral("conseiller(ère) technique et opérationnel(le)");
    }
    QHash<QString, QString> v{
        {QStringLiteral("salutation"), salutation},
        {QStringLiteral("candidate_name"), c.displayName()},
        {QStringLiteral("given_names"), c.givenNames},
        {QStringLiteral("family_name"), c.familyName},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("administration"), c.administration},
        {QStringLiteral("decision_date"), longDate(locale, letter.decision.decidedAt.toUTC().date())},
        {QStringLiteral("reason"), letter.decision.reason},
        {QStringLiteral("commitment_weeks"), locale.toString(CommitmentLedger::kCommittedWeeks)},
        {QStringLiteral("officer"), letter.signatory.name.trimmed()},
        {QStringLiteral("signatory_title"), letter.signatory.title.trimmed()},
        {QStringLiteral("signature"), signature},
        {QStringLiteral("e"), agreement},
        {QStringLiteral("advisor"), advisor},
        {QStringLiteral("letter_date"), longDate(locale, letter.letterDate)},
    };
    if (letter.workshop) {
        v.insert(QStringLiteral("workshop"), workshopInSentence(letter));
        v.insert(QStringLiteral("workshop_venue"), letter.workshop->venue);
        v.insert(QStringLiteral("workshop_start"), longDate(locale, letter.workshop->startDate));
        v.insert(QStringLiteral("workshop_end"), longDate(locale, letter.workshop->endDate()));
    }
    const QDate accredited = letter.accreditedOn.isValid() ? letter.accreditedOn : letter.decision.effectiveDate();
    v.insert(QStringLiteral("accreditation_date"), longDate(locale, accredited));
    v.insert(QStringLiteral("commitment_end"), longDate(locale, CommitmentLedger::periodEnd(accredited)));
    return v;
}

QString ResultLetter::subject(const LetterData& letter)
{
    return LetterTemplate::fill(letter.text.subject, values(letter)).simplified();
}

QString ResultLetter::body(const LetterData& letter)
{
    return LetterTemplate::fill(letter.text.body, values(letter));
}

PrintSection ResultLetter::section(const LetterData& letter)
{
    const bool french = isFrench(letter);
    const QLocale locale = letterLocale(letter);
    const Candidate& c = letter.candidate;
    PrintSection s;
    if (french) {
        s.speakFrench();
    }
    // The letterhead speaks the letter's language, not the interface's.
    const QString organisation =
        french ? QStringLiteral("Organisation mondiale des douanes") : QStringLiteral("World Customs Organization");
    const QString unit = french ? QStringLiteral("Secrétariat · Accréditation des conseillers techniques et "
                                                 "opérationnels (CTO) en matière de DPI")
                                : QStringLiteral("Secretariat · Accreditation of IPR Technical and Operational "
                                                 "Advisors");
    s.title = french ? QStringLiteral("Lettre de résultat") : QStringLiteral("Result letter");
    // A letter leaves the house: its footer carries the page, not the file it was printed from.
    s.showsSource = false;
    s.subtitle = c.displayName();
    s.context = letter.workshop ? letter.workshop->title : QString();

    QString html;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr><td>"
                           "<span style=\"font-size: 16pt; font-weight: bold; color: #1f3a5f;\">") +
            esc(organisation) + QStringLiteral("</span><br/><span class=\"muted\">") + esc(unit) +
            QStringLiteral("</span></td></tr></table>");
    html += QStringLiteral("<p style=\"margin-top: 28px;\">") + esc(c.displayName());
    for (const QString& line : {c.position, c.administration, countryLine(letter), c.email}) {
        if (!line.trimmed().isEmpty()) {
            html += QStringLiteral("<br/>") + esc(line);
        }
    }
    html += QStringLiteral("</p><p align=\"right\" style=\"margin-top: 18px;\">") +
            esc(longDate(locale, letter.letterDate)) + QStringLiteral("</p>");
    html += QStringLiteral("<p style=\"margin-top: 18px; margin-bottom: 14px;\"><b>") +
            esc((french ? QStringLiteral("Objet : ") : QStringLiteral("Subject: ")) + subject(letter)) +
            QStringLiteral("</b></p>");
    const QStringList paragraphs = body(letter).split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (int i = 0; i < paragraphs.size(); ++i) {
        // The last paragraph signs the letter: room above it for the signature by hand.
        const bool signature = i == paragraphs.size() - 1 && paragraphs.size() > 1;
        html += QStringLiteral("<p style=\"margin-bottom: 10px;") +
                (signature ? QStringLiteral(" margin-top: 34px;") : QString()) + QStringLiteral("\">") +
                esc(paragraphs.at(i).trimmed()) + QStringLiteral("</p>");
    }
    html += QStringLiteral("<p class=\"small muted\" style=\"margin-top: 24px;\">") +
            esc(french ? QStringLiteral("Référence : %1").arg(AssessmentSheet::candidateCode(c.meta.id))
                       : QStringLiteral("Reference: %1").arg(AssessmentSheet::candidateCode(c.meta.id))) +
            QStringLiteral("</p>");
    s.html = html;
    return s;
}

QString ResultLetter::fileStem(const LetterData& letter)
{
    // The code keeps two namesakes apart, and names a letter whose name is written only
    // in other scripts.
    QString name = asciiWord(letter.candidate.familyName + QLatin1Char(' ') + letter.candidate.givenNames);
    name += (name.isEmpty() ? QString() : QStringLiteral("-")) +
            AssessmentSheet::candidateCode(letter.candidate.meta.id).toLower();
    return keyOf(letter.decision.to).replace(QLatin1Char('_'), QLatin1Char('-')) + QLatin1Char('-') + name;
}
