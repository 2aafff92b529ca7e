// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window shows while no file is open: create a file, open one, open the demo, or
// reopen a recent file (its name and where it is). It asks; MainWindow does.

#include <QLabel>
#include <QListWidget>
#include <QStringList>
#include <QWidget>

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /// The recent files, most recent first; the list says so when there are none.
    void setRecentFiles(const QStringList& paths);

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString& path);

private:
    QListWidget* m_recent = nullptr;
    QLabel* m_noRecent = nullptr;
};
