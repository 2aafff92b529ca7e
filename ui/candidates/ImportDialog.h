// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an application import would do, before it does it: every bad row and field, the
// columns not read, possible duplicates with a choice for each (skip, import, or import and
// link to the candidate already in the file); then Import, Import the Valid Rows, or Cancel.

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class Store;
struct ImportReport;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Store& store, const ImportReport& report, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// How many candidates were imported; 0 until the user imported.
    int imported() const { return m_imported; }
    QTableWidget* problems() const { return m_problems; }
    QPushButton* importAllButton() const { return m_importAll; }
    QPushButton* importValidButton() const { return m_importValid; }
    /// One row for each possible duplicate; column 3 holds its choice (a QComboBox).
    QTableWidget* duplicates() const { return m_duplicates; }

private:
    void importRows(bool skipInvalid);
    void updateButtons();

    Store& m_store;
    std::unique_ptr<ImportReport> m_report;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QTableWidget* m_duplicates;
    QPushButton* m_importAll;
    QPushButton* m_importValid;
    int m_imported = 0;
};
