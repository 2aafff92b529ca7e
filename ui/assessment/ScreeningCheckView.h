// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Stage 1 pre-check of the selected candidate, for the officer: each hard requirement
// judged from the candidate's data with the reason, each counted criterion from the
// consensus or the submitted scores, and the conclusion against the profile's threshold.
// The officer confirms it, or judges the hard requirements otherwise with a reason; that
// fills the screening record the selection rule reads.

#include <QUuid>
#include "widgets/RecordView.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

class ScreeningCheckView : public CandidateView
{
    Q_OBJECT

public:
    explicit ScreeningCheckView(QWidget* parent = nullptr);

    void reload() override;
    QTreeWidget* findings() const { return m_findings; }

    /// Records the screening: the pre-check, or with the override and its reason.
    bool confirm();
    /// Saves the profile's threshold from the box.
    void saveThreshold();

protected:
    /// A new candidate starts without the previous one's override and reason.
    void recordChanged() override;

private:
    QTreeWidget* m_findings;
    QLabel* m_conclusion;
    QCheckBox* m_override;
    QLineEdit* m_reason;
    QPushButton* m_confirm;
    QSpinBox* m_threshold;
    QPushButton* m_saveThreshold;
    bool m_preCheckHardMet = false;
};
