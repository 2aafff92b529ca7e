// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The history of the file, or of one candidate: every audited change with who, when and
// what in sentences, filtered by text, kind of change, person and dates, housekeeping hidden
// unless asked, with the fields the selected change changed, before and after.

#include <QDialog>
#include <QUuid>

class AuditTrailFilter;
class AuditTrailModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class Store;

class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    /// The whole file's history, or that of `subject` (a candidate) named `subjectName`.
    AuditTrailDialog(const Store& store, const QUuid& subject, const QString& subjectName, QWidget* parent = nullptr);

    AuditTrailModel* model() const { return m_model; }
    AuditTrailFilter* filter() const { return m_filter; }

private:
    void applyFilters();
    void showDetails();

    AuditTrailModel* m_model;
    AuditTrailFilter* m_filter;
    QLineEdit* m_text;
    QComboBox* m_group;
    QComboBox* m_actor;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_housekeeping;
    QTableView* m_table;
    QLabel* m_selected;  ///< the selected change's whole sentence
    QStandardItemModel* m_fields;
    QTableView* m_details;
};
