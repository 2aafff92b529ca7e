// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Message boxes behind one seam, so GUI tests can read what the user would have been told
// without a modal dialog blocking the test.

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

class MessageBox
{
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    /// "Save the changes to X?" with Save, Discard and Cancel.
    static UnsavedChoice askToSave(QWidget* parent, const QString& what);

    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    /// Asks a yes/no question; `yesText` names the action ("Take Over Editing").
    static bool question(QWidget* parent, const QString& title, const QString& text, const QString& yesText);

    /// Asks for a whole number between `minimum` and `maximum`; empty when cancelled.
    static std::optional<int> number(QWidget* parent, const QString& title, const QString& label, int value,
                                     int minimum, int maximum);

    /// Asks for a line of text; empty when cancelled.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label);

    /// From now on, record messages instead of showing them (tests only).
    static void recordInsteadOfShowing(bool record);
    /// The text of the last message recorded, empty when none.
    static QString lastRecorded();
    /// Every message recorded since recording was last turned on, oldest first (tests only):
    /// an action may ask twice, and the first question is the one naming its target.
    static QStringList allRecorded();
    /// While recording, what the next question answers (tests only).
    static void setNextAnswer(bool yes);
    static void setNextNumber(int number);
    static void setNextText(const QString& text);
    static void setNextUnsavedChoice(UnsavedChoice choice);
};
