// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Workshops area: pick a workshop (or all), see its seats ("7 / 10") at all times,
// work the pipeline board, enrol participants, tell candidates their results, close each
// step of the workshop's round once everyone has been told, edit the workshop's own
// assessment criteria, and read its Stage 2 results and the round's summary.

#include <QUuid>
#include "widgets/FilePage.h"

class AssignmentView;
class PipelineBoard;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class ResultLettersDialog;
class RoundSummaryView;
class ScoresGridView;
class SelectionView;
class Store;
class WorkshopCriteriaView;
class WorkshopResultsView;

class WorkshopsPage : public FilePage
{
    Q_OBJECT

public:
    explicit WorkshopsPage(QWidget* parent = nullptr);

    /// Reads everything again (after a change here or by someone else).
    void reload() override;

    /// Shows one workshop; all when null.
    void selectWorkshop(const QUuid& workshopId);
    QUuid currentWorkshop() const;
    PipelineBoard* board() const { return m_board; }
    AssignmentView* assignments() const { return m_assignments; }
    SelectionView* selection() const { return m_selection; }
    WorkshopCriteriaView* criteria() const { return m_criteria; }
    ScoresGridView* scoresGrid() const { return m_scoresGrid; }
    WorkshopResultsView* results() const { return m_results; }
    RoundSummaryView* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }

    void newWorkshop();
    void editWorkshop();
    /// Gives the candidate chosen in the enrol box a seat of the current workshop.
    void enrolChosen();
    void handSeatBack();
    /// Records that the candidate selected in the "to inform" list was told.
    void recordInformed();
    void closeOrReopenStep(int step);
    /// Opens the result letters of the current workshop (window-modal, not blocking).
    ResultLettersDialog* showLetters();

private:
    void reloadWorkshopList();
    void showWorkshop();
    void updateButtons();

    Store* m_loadedStore = nullptr;  ///< the store the views were last given
    QComboBox* m_workshop;
    QLabel* m_seats;
    QPushButton* m_new;
    QPushButton* m_edit;
    QToolButton* m_print;
    QTabWidget* m_tabs;
    PipelineBoard* m_board;
    AssignmentView* m_assignments;
    SelectionView* m_selection;
    WorkshopCriteriaView* m_criteria;
    ScoresGridView* m_scoresGrid;
    WorkshopResultsView* m_results;
    RoundSummaryView* m_summary;
    QTableWidget* m_participants;
    QComboBox* m_candidateToEnrol;
    QPushButton* m_enrol;
    QPushButton* m_handBack;
    QTableWidget* m_toInform;
    QWidget* m_nobodyToInform;  ///< in place of an empty To Inform list: where its rows come from
    QDateEdit* m_informedOn;
    QComboBox* m_channel;
    QPushButton* m_informed;
    QList<QLabel*> m_stepStates;
    QList<QLineEdit*> m_stepReasons;
    QList<QPushButton*> m_stepButtons;
};
