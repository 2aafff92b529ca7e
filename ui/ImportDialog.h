#pragma once
// What an application import would do, before it does it: every bad row and field, the
// columns not read, possible duplicates; then Import, Import the Valid Rows, or Cancel.

#include <QDialog>

#include <memory>

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

private:
    void importRows(bool skipInvalid);

    Store& m_store;
    std::unique_ptr<ImportReport> m_report;
    QTableWidget* m_problems;
    QPushButton* m_importAll;
    QPushButton* m_importValid;
    int m_imported = 0;
};
