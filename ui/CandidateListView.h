#pragma once
// The candidate register's list: a quick filter as you type, filters by stage, region,
// workshop and "not yet informed" (all applied by the store in SQL), sortable columns with
// a column chooser, and the count ("12 of 14 candidates"). Column layout is remembered.

#include <QWidget>

class Candidate;
class CandidateTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class Store;

class CandidateListView : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateListView(QWidget* parent = nullptr);
    ~CandidateListView() override;

    /// Shows the candidates of `store` (not owned; null shows nothing).
    void setStore(const Store* store);
    /// Reads the candidates again with the current filters, keeping the selection.
    void reload();

    CandidateTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The selected candidate, or null.
    const Candidate* currentCandidate() const;
    /// Selects the candidate with `id` when listed; clears the selection otherwise.
    void select(const QUuid& id);
    /// The "Columns" menu: one checkable entry per column, for the View menu.
    QMenu* columnsMenu() const { return m_columnsMenu; }

signals:
    void currentCandidateChanged();
    void candidateActivated();

private:
    void fillFilterChoices();
    void scheduleReload();
    void saveLayout() const;
    void restoreLayout();

    const Store* m_store = nullptr;
    CandidateTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_quickFilter;
    QComboBox* m_stage;
    QComboBox* m_region;
    QComboBox* m_workshop;
    QCheckBox* m_notInformed;
    QCheckBox* m_archived;
    QCheckBox* m_retention;
    QLabel* m_count;
    QTimer* m_typing;
    QMenu* m_columnsMenu;
};
