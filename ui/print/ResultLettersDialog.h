// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result letters of a workshop: whom a decision's letter goes to and in which
// language, the letter's text (edited here and kept in the file, in English and French),
// and the ways out: preview, print, or a folder of PDFs with e-mail drafts, after which
// the candidates can be recorded as informed (asked first).

#include "domain/Vocabulary.h"

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class Store;
struct LetterData;

class ResultLettersDialog : public QDialog
{
    Q_OBJECT

public:
    ResultLettersDialog(Store* store, const QUuid& workshopId, QWidget* parent = nullptr);

    void setDecision(Stage decision);
    /// The letters as they would be produced now.
    QList<LetterData> letters() const;
    /// Saves the text being edited in the file.
    bool saveText();
    /// Goes back to the built-in text of the letter being edited.
    void restoreBuiltInText();
    /// Saves who signs the letters (name and title) in the file.
    bool saveSignatory();
    /// Asks for a folder, writes the letters and e-mail drafts there, then offers to
    /// record the candidates as informed. Returns how many letters were written.
    int writeLetters();

signals:
    /// The candidates were recorded as informed.
    void changed();

private:
    void reloadRecipients();
    /// Picks the first decision that has letters to write, when the one shown has none.
    void showADecisionWithLetters();
    /// The letters of `decision` for this workshop.
    QList<LetterData> lettersFor(Stage decision) const;
    void loadText();
    QString chosenLanguage() const;

    Store* m_store;
    QUuid m_workshop;
    QComboBox* m_decision;
    QComboBox* m_language;
    QTableWidget* m_recipients;
    QWidget* m_noRecipients;  ///< in place of an empty recipients list: why, and what to do
    QLabel* m_noRecipientsText;
    QPushButton* m_otherDecision;
    QComboBox* m_textLanguage;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_textState;
    QPushButton* m_saveText;
    QPushButton* m_resetText;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_write;
    QLineEdit* m_signatoryName;
    QLineEdit* m_signatoryTitle;
    QPushButton* m_saveSignatory;
    qint64 m_textVersion = 0;
    QUuid m_textId;
};
