// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Records one decision about a candidate: the stage they move to, why, the workshop, an
// override of a short screening, the accreditation date, and whether they were already
// told. Core's rules are asked as the user types, so a refused move is explained before
// anything is written, in the same words the CLI prints.

#include <QDialog>
#include <QUuid>

#include "domain/Vocabulary.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class Store;

class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    /// For the candidate `candidateId`, proposing `target` when given (a card dropped on a
    /// column) or the first stage the pipeline allows.
    DecisionDialog(Store* store, const QUuid& candidateId, std::optional<Stage> target, QWidget* parent = nullptr);

    /// Why the move is refused now; empty when it may be recorded.
    QString refusal() const;
    /// Records the decision; on refusal tells the user and stays open.
    void accept() override;

private:
    void recheck();

    Store* m_store;
    QUuid m_candidate;
    Stage m_from = Stage::Applied;
    QString m_name;
    QLabel* m_heading;
    QComboBox* m_to;
    QComboBox* m_workshop;
    QPlainTextEdit* m_reason;
    QPlainTextEdit* m_override;
    QDateEdit* m_effective;
    QCheckBox* m_informed;
    QDateEdit* m_informedOn;
    QComboBox* m_channel;
    QLabel* m_verdict;
    QDialogButtonBox* m_buttons;
};
