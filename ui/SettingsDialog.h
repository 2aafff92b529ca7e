// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Settings…: what the open file keeps for everyone who opens it (backups kept, the
// retention period, how part weeks count, who signs the letters, what reviewers see) and what this computer
// keeps for its user (the window's language, the paper size). The file's settings are saved
// through the store, all in one unit of work with its audit entry, and only over the values
// the dialog showed; a refused save keeps the dialog open with what the user typed.

#include "store/FileSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class Store;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `store` is the open file, null when none is open (the file's page then says so).
    explicit SettingsDialog(Store* store, QWidget* parent = nullptr);

    /// Saves the file's settings, then this computer's; false, with the store's message
    /// shown and every field as the user left it, when the file refused them.
    bool save();
    void accept() override;

    QTabWidget* pages() const { return m_pages; }

private:
    QWidget* createFilePage();
    QWidget* createComputerPage();
    void showFileValues(const FileSettings::Values& values);
    FileSettings::Values fileValuesWanted() const;
    void describeWeekCounting();

    Store* m_store;
    FileSettings::Values m_read;  ///< what the file held when shown: saved only over these
    QTabWidget* m_pages = nullptr;
    QWidget* m_fileForm = nullptr;
    QLabel* m_fileNotice = nullptr;
    QSpinBox* m_backups = nullptr;
    QSpinBox* m_retention = nullptr;
    QComboBox* m_weekCounting = nullptr;
    QLabel* m_weekCountingRule = nullptr;
    QLineEdit* m_signatoryName = nullptr;
    QLineEdit* m_signatoryTitle = nullptr;
    QComboBox* m_reviewersSee = nullptr;
    QList<QCheckBox*> m_anonymised;  ///< one per round, in step order; its property "round" holds its key
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
};
