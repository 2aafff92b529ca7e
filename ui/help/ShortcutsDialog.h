// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > Keyboard Shortcuts: every shortcut of the window, read from the window's own
// actions when the dialog opens (text, where it is in the menus, keys), so that the list
// cannot drift from what the keys do.

#include <QDialog>

class QTableWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lists the shortcuts of `window`'s actions and of its shortcuts that say what they do.
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

    /// An action's text as a person reads it: without the mnemonic's "&" and the "…".
    static QString plainText(const QString& text);

private:
    QTableWidget* m_table = nullptr;
};
