// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result letters' texts of an open file, as the officer edited them: the rows of
// letter_template, one per decision and language, over the texts built into the application
// (LetterTemplate::builtIn). Saving is version-checked; each save or reset is one unit of
// work with one audit entry. Who signs the letters is a setting (FileSettings).
// Handed out by Store; every write goes through Store's one unit of work.

#include "Result.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;
class LetterTemplate;

class Letters
{
    Q_DECLARE_TR_FUNCTIONS(Letters)

public:
    explicit Letters(Store& store);
    Letters(const Letters&) = delete;
    Letters& operator=(const Letters&) = delete;

    /// The result letter's text for a decision in a language: as the officer edited it
    /// in this file, or the built-in text (rowVersion 0) when never edited.
    Result<LetterTemplate> templateFor(Stage decision, const QString& language) const;
    /// The texts edited in this file (built-in ones are not listed), by decision and language.
    Result<QList<LetterTemplate>> templates() const;
    /// Saves an edited letter text; refused when invalid, or when someone saved the same
    /// letter since it was read.
    Result<LetterTemplate> save(const LetterTemplate& letter);
    /// Goes back to the built-in text of a letter (nothing written when never edited).
    Status reset(Stage decision, const QString& language);

private:
    Store& m_store;
};
