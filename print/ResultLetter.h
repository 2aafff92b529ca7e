// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A result letter to one candidate: the text of the decision's letter in the candidate's
// language, its placeholders filled from the candidate, the workshop and the decision,
// under a letterhead, ready to print, to save as PDF and to attach to an e-mail draft.

#include "domain/Candidate.h"
#include "Clock.h"
#include "domain/LetterTemplate.h"
#include "domain/StageDecision.h"
#include "domain/Workshop.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

struct PrintSection;

struct LetterData {
    Candidate candidate;
    std::optional<Workshop> workshop;
    StageDecision decision;
    QDate accreditedOn;  ///< for the accredited letter: the start of the three years
    QString officer;  ///< the account that writes the letters: the e-mail drafts' sender
    QString officerEmail;
    LetterSignatory signatory;  ///< who signs, a setting of the file; unset: the Secretariat alone
    QDate letterDate = Clock::today();
    LetterTemplate text;  ///< in the letter's language
};

class ResultLetter
{
    Q_DECLARE_TR_FUNCTIONS(ResultLetter)

public:
    /// The value of every placeholder for this letter, dates written in its language.
    static QHash<QString, QString> values(const LetterData& letter);
    static QString subject(const LetterData& letter);
    /// The letter's text, filled in, as plain text (the e-mail draft's body).
    static QString body(const LetterData& letter);
    static PrintSection section(const LetterData& letter);
    /// A file name for the letter without the extension, in ASCII letters, digits and
    /// dashes (e.g. "accredited-diallo-amina"), unique per candidate and decision.
    static QString fileStem(const LetterData& letter);
};
