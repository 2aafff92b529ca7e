// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidate register's list: a quick filter as you type, filters by stage, region,
// workshop and "not yet informed" (all applied by the store in SQL), sortable columns with
// a column chooser, and the count ("12 of 14 candidates"). Column layout is remembered.
// "Search in documents" turns the quick filter into the full-text search (fields and the
// text of documents, in FTS) and lists where the words were found; picking a place picks
// the candidate. The places come right after the list is painted: ranking every match of a
// common word costs as much again as the list, which should not wait for it.

#include <QWidget>

#include <memory>

class Candidate;
struct CandidateFilter;
class CandidateTableModel;
class FrozenColumnsTable;
class SearchResultsModel;
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
    /// The filters set now (what File > Export… exports).
    CandidateFilter filter() const;

    CandidateTableModel* model() const { return m_model; }
    QTableView* table() const;
    /// The selected candidate, or null.
    const Candidate* currentCandidate() const;
    /// Selects the candidate with `id` when listed; clears the selection otherwise.
    void select(const QUuid& id);
    /// The "Columns" menu: one checkable entry per column, for the View menu.
    QMenu* columnsMenu() const { return m_columnsMenu; }
    /// Where the search in documents found its words (shown while it is on, with text).
    SearchResultsModel* searchResults() const { return m_resultsModel; }
    /// Searches again when the search in documents is on: more documents were read.
    void refreshSearch();
    /// Fills the places found now if they are still to come after a reload (the list
    /// itself does so once it is painted); for tests and benchmarks.
    void showPendingSearchResults();

protected:
    void customEvent(QEvent* event) override;

signals:
    void currentCandidateChanged();
    void candidateActivated();
    /// The buttons of a file without candidates: what to do first.
    void newCandidateRequested();
    void importRequested();

private:
    void fillFilterChoices();
    void prepareSearchResults(const CandidateFilter& filter);
    void scheduleReload();
    void saveLayout() const;
    void restoreLayout();

    const Store* m_store = nullptr;
    QMetaObject::Connection m_following;  ///< to the store's FileEvents
    bool m_reloading = false;  ///< the selection is being put back after a reload
    bool m_layingOut = false;  ///< the list lays out its own columns: nothing the user chose to remember
    CandidateTableModel* m_model;
    FrozenColumnsTable* m_table;
    QLineEdit* m_quickFilter;
    QComboBox* m_stage;
    QComboBox* m_region;
    QComboBox* m_workshop;
    QCheckBox* m_notInformed;
    QCheckBox* m_archived;
    QCheckBox* m_retention;
    QCheckBox* m_inDocuments;
    SearchResultsModel* m_resultsModel;
    QTableView* m_results;
    QLabel* m_resultsNote;
    QLabel* m_count;
    QWidget* m_empty;  ///< in place of the table while the file has no candidate at all
    QTimer* m_typing;
    QMenu* m_columnsMenu;
    // The search whose places are still to come, if any.
    std::unique_ptr<CandidateFilter> m_placesPending;
};
