// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the selected candidate stands in the pipeline: every decision about them (never
// rewritten), the Stage 1 screening and the availability commitment that the rules ask
// for, and the actions that move them on: decide, reverse the latest decision, record
// that they were told.

#include <QUuid>
#include "widgets/RecordView.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class DecisionDialog;
class ScreeningCheckView;

class CandidateStandingView : public CandidateView
{
    Q_OBJECT

public:
    explicit CandidateStandingView(QWidget* parent = nullptr);

    void reload() override;
    QTableWidget* history() const { return m_history; }
    ScreeningCheckView* preCheck() const { return m_preCheck; }

    void saveScreening();
    void saveCommitment();
    /// Opens the decision dialog (window-modal, not blocking).
    DecisionDialog* decide();
    /// Asks why, then reverses the candidate's latest decision.
    void reverseLatest();
    void recordInformed();

protected:
    /// Follows the store's changes: whatever changed may be the candidate's standing, or
    /// the profile's threshold.
    void followStore() override;
    void recordChanged() override;

private:
    void updateButtons();
    void readProfile();

    QLabel* m_standing;
    QTableWidget* m_history;
    QPushButton* m_decide;
    QPushButton* m_reverse;
    QDateEdit* m_informedOn;
    QComboBox* m_channel;
    QPushButton* m_informed;
    QCheckBox* m_hardMet;
    QSpinBox* m_countedMet;
    QSpinBox* m_countedTotal;
    QLineEdit* m_screeningNote;
    QLabel* m_screeningVerdict;
    QPushButton* m_saveScreening;
    QDateEdit* m_commitmentOn;
    QLineEdit* m_commitmentHow;
    QLabel* m_commitmentState;
    QPushButton* m_saveCommitment;
    ScreeningCheckView* m_preCheck;
    int m_threshold = 50;
    QMetaObject::Connection m_following;  ///< to the store's FileEvents
    bool m_hasPending = false;
};
