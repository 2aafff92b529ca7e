// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scoring form of the selected candidate in the assessment round chosen above it
// (AssessmentRound: Stage 1 the profile's criteria; Stage 2 the workshop's own, then the
// profile's as observed; Stage 3 the profile's and the activity appraisals), each with a rating chosen
// among the scale's levels (their descriptors shown beside), what to look for when the
// criterion says (under it, and the rating's accessible description), a comment and an
// evidence note, and the progress ("12 of 31 criteria"). A reviewer saves drafts in their review
// file and submits; the officer records the consensus, with the reviewers' ratings shown
// beside each criterion. Everything works by keyboard: Tab moves through the form.

#include "assessment/ScoringForm.h"

#include <QDateTime>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class ReviewFile;
class Store;

class ScoringFormView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { None, Reviewer, Consensus, ReadOnly };

    explicit ScoringFormView(QWidget* parent = nullptr);

    /// Shows the form of `candidateId` for the store's actor: a reviewer with `review` open
    /// scores, an officer who may write records the consensus, anyone else reads.
    void setCandidate(Store* store, ReviewFile* review, const QUuid& candidateId);
    Mode mode() const { return m_mode; }
    QString progressText() const;
    /// The assessment round the form is of; choosing another shows that round's form.
    PipelineStep round() const;
    void setRound(PipelineStep round);
    /// Ratings, comments or evidence changed since they were read or saved.
    bool hasUnsavedChanges() const;

    /// What the unsaved changes are, for "Save your changes to …?": the reviewer's scores
    /// or the consensus, naming the candidate.
    QString unsavedSubject() const;
    /// Drops the unsaved changes: the form shows again what is stored.
    void revert();

    /// Saves what changed: drafts in the review file, or the consensus in the shared file.
    bool saveDraft();
    /// Saves, then submits the reviewer's form of the candidate.
    bool submit();
    /// Asks for the reason, then declares a conflict of interest about the candidate.
    void declareConflict();
    /// Records the officer's outcome of the step chosen beside the form (officers only).
    bool recordOutcome();

private:
    struct Row {
        QString key;
        QComboBox* rating = nullptr;
        QLabel* descriptor = nullptr;
        QLineEdit* comment = nullptr;
        QLineEdit* evidence = nullptr;  ///< null in consensus mode
        int storedRating = -1;
        QString storedComment;
        QString storedEvidence;
        QDateTime storedAt;  ///< when the consensus shown was recorded: what "Not rated" clears
        qint64 storedVersion = 0;  ///< the reviewer's score's row version as shown: what "Not rated" clears
    };

    void rebuild();
    void showOutcomes();
    void updateProgress();
    void showDescriptor(const Row& row);
    int ratingOf(const Row& row) const;

    Store* m_store = nullptr;
    ReviewFile* m_review = nullptr;
    QUuid m_candidate;
    Mode m_mode = Mode::None;
    ScoringForm m_form;
    QList<Row> m_rows;
    QComboBox* m_round;
    QLabel* m_heading;
    QLabel* m_progress;
    QScrollArea* m_scroll;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_conflict;
    QWidget* m_outcomeRow;
    QComboBox* m_outcomeStep;
    QComboBox* m_outcomeResult;
    QLineEdit* m_outcomeNote;
    QPushButton* m_recordOutcome;
    QLabel* m_outcomes;
};
