// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline board: a column per stage with a card per candidate (name, administration,
// region, and flags such as "commitment missing" or "not informed"), for one workshop or
// for all. Dragging a card to another column, or pressing Enter on it, opens the decision
// dialog; the rules in core accept or explain the refusal.

#include "domain/Vocabulary.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
#include "widgets/RecordView.h"

class DecisionDialog;
class PipelineColumnModel;
class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;

class PipelineBoard : public WorkshopView
{
    Q_OBJECT

public:
    explicit PipelineBoard(QWidget* parent = nullptr);

    void reload() override;

    QListView* column(Stage stage) const { return m_views.value(stage); }
    PipelineColumnModel* columnModel(Stage stage) const { return m_models.value(stage); }
    /// Selects a candidate's card and gives it the keyboard focus; false when not shown.
    bool focusCandidate(const QUuid& candidateId);
    /// The candidate whose card has the focus; null when none.
    QUuid currentCandidate() const;

    /// Opens the decision dialog (window-modal, not blocking) for a candidate, proposing
    /// `target`. The board reloads when a decision is recorded.
    DecisionDialog* decide(const QUuid& candidateId, std::optional<Stage> target = std::nullopt);

signals:
    void decided(const QUuid& candidateId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    QHash<Stage, PipelineColumnModel*> m_models;
    QHash<Stage, QListView*> m_views;
    QHash<Stage, QLabel*> m_headers;
    QHash<Stage, QWidget*> m_columns;
    QCheckBox* m_everyStage;
    QPushButton* m_decide;
    QScrollArea* m_scroll;
    QPointer<DecisionDialog> m_dialog;
};
