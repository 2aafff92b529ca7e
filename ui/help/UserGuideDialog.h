// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > User Guide: docs/user-guide.md and its screenshots, compiled into the program
// (resources/CMakeLists.txt, ad_add_user_guide), shown as they are on the project's page,
// with a find bar (Ctrl+F) so that a task can be looked up by a word.

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QTextBrowser;

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where the guide lives in the program's resources.
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// Looks for `text` after the cursor, from the top again when not found below; false
    /// when the guide does not hold it at all.
    bool findText(const QString& text, bool backwards = false);

private:
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findNotice = nullptr;
};
