// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 1 numbers of one workshop, for the officer: the ranking against its seats (the
// consensus where recorded, else the reviewers' mean), the statistics of each criterion of
// the candidate chosen in it, how far the reviewers agree, and the selection helper, which
// proposes the best set under the officer's constraints and explains every pick and every
// candidate left out. It only proposes: each decision is recorded through the pipeline's
// decision dialog, with its reason. Everything here reads; nothing is written but by that dialog.

#include "assessment/Ranking.h"
#include "assessment/SubmittedRating.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QUuid>
#include "widgets/RecordView.h"

class DecisionDialog;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

class SelectionView : public WorkshopView
{
    Q_OBJECT

public:
    explicit SelectionView(QWidget* parent = nullptr);
    ~SelectionView() override;

    /// Reads the workshop's applicants, ratings and consensus again; a proposal shown is
    /// cleared, since it may no longer hold.
    void reload() override;

    QTableWidget* ranking() const { return m_ranking; }
    QTableWidget* statistics() const { return m_statistics; }
    QTableWidget* agreement() const { return m_agreement; }
    QTableWidget* proposal() const { return m_proposal; }

    /// Runs the selection helper on the ranking with the constraints set, and shows its
    /// proposal (or, in the notes, why it could not).
    void propose();
    /// Opens the decision dialog (window-modal, not blocking) for the candidate chosen in
    /// the proposal, proposing "selected" for a pick and "waitlisted" for one left out.
    DecisionDialog* decideChosen();

signals:
    /// A decision was recorded here: the rest of the window should read again.
    void changed();

private:
    void showRanking();
    void showStatistics();
    void showAgreement();
    void updateButtons();
    QString criterionName(const QString& key) const;

    int m_seats = 0;
    QList<RankedCandidate> m_ranked;
    QList<SubmittedRating> m_ratings;
    QList<CriterionValue> m_values;
    QMap<QString, QString> m_criterionNames;
    QMap<QString, CriterionKind> m_criterionKinds;

    QLabel* m_note;
    QTableWidget* m_ranking;
    QLabel* m_statisticsHeading;
    QTableWidget* m_statistics;
    QTableWidget* m_agreement;
    QSpinBox* m_maxPerAdministration;
    QMap<Gender, QSpinBox*> m_minPerGender;
    QMap<Region, QSpinBox*> m_minPerRegion;
    QPushButton* m_propose;
    QLabel* m_proposalNotes;
    QTableWidget* m_proposal;
    QPushButton* m_decide;
    QPointer<DecisionDialog> m_dialog;
};
