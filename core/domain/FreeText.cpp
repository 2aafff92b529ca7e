// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FreeText.h"

#include "domain/Activity.h"
#include "domain/AvailabilityCommitment.h"
#include "domain/Candidate.h"
#include "domain/CompetenceProfile.h"
#include "domain/LetterTemplate.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "domain/Screening.h"
#include "domain/StageDecision.h"
#include "domain/Unavailability.h"
#include "domain/Workshop.h"

QString FreeText::line(const QString& text)
{
    // A null text stays null: some columns tell "not given" from "given empty".
    return text.isNull() ? text : text.trimmed();
}

QStringList FreeText::lines(const QStringList& texts)
{
    QStringList kept;
    kept.reserve(texts.size());
    for (const QString& text : texts) {
        kept.append(line(text));
    }
    return kept;
}

void FreeText::tidy(Candidate& c)
{
    c.familyName = line(c.familyName);
    c.givenNames = line(c.givenNames);
    c.nationality = line(c.nationality);
    c.administration = line(c.administration);
    c.position = line(c.position);
    c.email = line(c.email);
    c.phone = line(c.phone);
    for (LanguageSkill& skill : c.otherLanguages) {
        skill.language = line(skill.language);
    }
    // iprExperience is a multi-line summary: kept as typed.
}

void FreeText::tidy(Person& p)
{
    p.name = line(p.name);
    p.account = line(p.account);
    p.administration = line(p.administration);
    p.email = line(p.email);
}

void FreeText::tidy(Workshop& w)
{
    w.title = line(w.title);
    w.venue = line(w.venue);
    w.assessors = lines(w.assessors);
}

void FreeText::tidy(Activity& a)
{
    a.title = line(a.title);
    a.country = line(a.country);
    a.city = line(a.city);
    a.requestingAdministration = line(a.requestingAdministration);
    a.language = line(a.language);
    a.topics = lines(a.topics);
    for (ActivityParticipant& p : a.participants) {
        p.extraReason = line(p.extraReason);
    }
}

void FreeText::tidy(Unavailability& u)
{
    u.reason = line(u.reason);
}

void FreeText::tidy(AvailabilityCommitment& c)
{
    c.how = line(c.how);
}

void FreeText::tidy(StageDecision& d)
{
    d.reason = line(d.reason);
    d.overrideReason = line(d.overrideReason);
}

void FreeText::tidy(Screening& s)
{
    s.note = line(s.note);
    s.overrideReason = line(s.overrideReason);
}

void FreeText::tidy(LetterTemplate& l)
{
    l.subject = line(l.subject);
    // The body is multi-line, its paragraphs laid out by the officer: kept as typed.
}

void FreeText::tidy(Score& s)
{
    s.comment = line(s.comment);
    s.evidence = line(s.evidence);
}

void FreeText::tidy(Criterion& c)
{
    c.key = line(c.key);
    c.name = line(c.name);
    c.description = line(c.description);
}
