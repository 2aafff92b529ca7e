// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window around one open file: File menu (New, Open, Open Recent, Quit), the
// candidates of the file, and what the user must know about the file (read-only, why).

#include "domain/Candidate.h"

#include <QMainWindow>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>

class ActivitiesPage;
class AreaPage;
class DashboardPage;
class FilePage;
class PoolPage;
class AttachmentsView;
class CandidateStandingView;
class WorkshopsPage;
class CandidateEditor;
class DocumentIndexer;
class ReviewFile;
class ScoresView;
class ScoringFormView;
class CandidateListView;
class QUndoStack;
class CandidateTableModel;
class QListWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class SampleDataBanner;
class WelcomePage;
class QTableView;
class FileSession;
class Store;
struct FileChange;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` for editing (or read-only when asked, or when it cannot be written).
    /// On failure the user is told why and the file already open stays open.
    bool openFile(const QString& path, bool readOnly = false);
    /// Creates a new file at `path` and opens it.
    bool createFile(const QString& path);
    /// Where the demo file lives (the user's data folder); a file there shows as sample data.
    static QString demoFilePath();

    const Store* store() const { return m_store.get(); }
    CandidateTableModel* candidateModel() const;
    CandidateListView* candidateList() const { return m_list; }
    WelcomePage* welcomePage() const { return m_welcome; }
    CandidateEditor* candidateEditor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undo; }
    ScoresView* scoresView() const { return m_scores; }
    ScoringFormView* scoringForm() const { return m_assessment; }
    AttachmentsView* attachmentsView() const { return m_attachments; }
    /// The Workshops area, built now if it was never shown (as going to it does).
    WorkshopsPage* workshopsPage();
    CandidateStandingView* standingView() const { return m_standing; }
    DocumentIndexer* documentIndexer() const { return m_indexer; }
    const ReviewFile* reviewFile() const { return m_review.get(); }

    /// Looks for changes saved by others now (FileSession's timer does it every two
    /// seconds); the views follow what the file's events then tell.
    void refreshIfChangedElsewhere();
    /// Keeps the editing lease alive now (FileSession's timer does it); tells the user when
    /// editing was taken over.
    void keepLeaseAlive();

public slots:
    void chooseAndCreate();
    void chooseAndOpen();
    void chooseAndOpenReadOnly();
    /// Opens the demo file, creating it first when it is not there yet (asked for, never by itself).
    bool openDemo();
    void backUpNow();
    void showSettings();
    void restoreFromBackup();
    void importReviewFiles();
    void showFileHistory();
    void showCandidateHistory();
    void showPeople();
    void newCandidate();
    void importApplications();
    /// File > Export…: the current area's list, with its filters, as XLSX or CSV.
    void exportCurrentList();
    void archiveCandidate();
    void eraseCandidate();
    void bringBackCandidate();
    void createReviewFile();
    void openReviewFile();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    /// Builds the area at `row` of the list beside the areas if it is not built yet: an area
    /// is built when first shown, so that the window paints its first screen sooner.
    void buildArea(int row);
    /// The areas built so far, but the Candidates area.
    QList<FilePage*> builtPages() const;
    void adopt(std::unique_ptr<Store> store);
    void offerTakeOver();
    void importReviewFilesBeside();
    void updateActions();
    void updateCandidateActions();
    /// Asks to save the editor's changes; false when the user cancelled.
    bool settleUnsavedChanges();
    void showSelectedCandidate();
    /// The id of the candidate selected in the list, null when none.
    QUuid listedCandidateId() const;
    /// The candidate the window shows, read afresh after unsaved changes are settled; empty
    /// when none is shown or the user cancelled. Every candidate action takes its target here.
    std::optional<Candidate> candidateToActOn();
    void showScores();
    /// Adopts a review file after checking it belongs to this file and this reviewer.
    bool adoptReviewFile(const QString& path);
    /// What the window shows beside the views, after a change to the file (FileEvents).
    void fileChanged(const QList<FileChange>& changes);
    void updateTitle();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<FileSession> m_session;  ///< the open file's timers; goes before the store
    QStackedWidget* m_pages = nullptr;
    QWidget* m_fileView = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_areas = nullptr;
    CandidateListView* m_list = nullptr;
    CandidateEditor* m_editor = nullptr;
    ScoresView* m_scores = nullptr;
    ScoringFormView* m_assessment = nullptr;
    AttachmentsView* m_attachments = nullptr;
    DocumentIndexer* m_indexer = nullptr;  ///< reads documents' text for the search, off the GUI thread
    std::unique_ptr<ReviewFile> m_review;
    QUndoStack* m_undo = nullptr;
    QUuid m_shownCandidate;
    WorkshopsPage* m_workshops = nullptr;
    CandidateStandingView* m_standing = nullptr;
    ActivitiesPage* m_activities = nullptr;
    PoolPage* m_pool = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_accessLabel = nullptr;
    QLabel* m_banner = nullptr;
    WelcomePage* m_welcome = nullptr;
    SampleDataBanner* m_sampleBanner = nullptr;  ///< above the demo file only
    QList<QAction*> m_fileActions;  ///< need an open file
    QList<QAction*> m_editingActions;  ///< need the file open for editing
    QList<QAction*> m_reviewerActions;  ///< for reviewers of the file
    QAction* m_archiveAction = nullptr;
    QAction* m_bringBackAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QAction* m_exportAction = nullptr;  ///< enabled in the areas that have a list to export
    QAction* m_findAction = nullptr;  ///< Ctrl+F, enabled in the areas with a search field
};
