// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of a result letter for one kind of decision in one language: a subject and a
// body with placeholders such as {candidate_name} that the letter fills in for each
// candidate. English and French texts are built in; the officer may edit them, and the
// file keeps the edited text (Letters::save), so every letter of a round reads
// the same whoever prints it.

#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Candidate;

/// Who signs a file's result letters: a name and a title ("Head, IPR Programme"), set for
/// the file by an officer (FileSettings::setLetterSignatory), so that letters are not signed with
/// whatever account happens to print them.
struct LetterSignatory {
    QString name;
    QString title;

    bool isSet() const { return !name.trimmed().isEmpty(); }
    /// Name and title trimmed; a title without a name, or text too long, is refused.
    Validation validate() const;
};

class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    RecordMeta meta;  ///< rowVersion 0: the built-in text, never edited in this file
    Stage decision = Stage::Selected;
    QString language = QStringLiteral("en");  ///< "en" or "fr"
    QString subject;
    QString body;  ///< plain text; a blank line separates paragraphs

    /// The decisions a result letter exists for, in pipeline order.
    static QList<Stage> decisions();
    /// The languages letters are shipped in: "en", "fr".
    static QStringList languages();
    /// The language's own name ("English", "Français"), for choosers.
    static QString languageName(const QString& language);
    /// Every placeholder a template may use, with what it stands for (translated).
    static QList<QPair<QString, QString>> placeholders();

    /// The text shipped with the application.
    static LetterTemplate builtIn(Stage decision, const QString& language);

    /// The language a candidate's letter is written in by default: French when French is
    /// among their languages at C1 or above and above their English (a native French
    /// speaker with C1 English reads French), English otherwise, English being the
    /// programme's working language. The officer can choose another language for any letter.
    static QString preferredLanguage(const Candidate& candidate);

    /// `text` with each {placeholder} replaced by its value in `values`; a placeholder
    /// without a value stays as written, so that a mistake shows on the letter's proof.
    static QString fill(const QString& text, const QHash<QString, QString>& values);
    /// The placeholders in `text` that placeholders() does not know.
    static QStringList unknownPlaceholders(const QString& text);

    /// A subject and a body are required, a known decision and language, and only known
    /// placeholders.
    Validation validate() const;
};
