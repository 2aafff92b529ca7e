// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Activities area: the list of activities, an editor for one (kind, on site or
// online, place, dates, requesting administration, language, topics) with who takes part
// in which role, and the commitment ledger of its advisors, which updates once the
// activity is saved. Time beyond an advisor's twelve weeks or outside their period is
// saved only as a voluntary extra, after asking for the reason. An activity is removed
// under ActivityRemoval's rule: refused once appraised, with a reason once counted.

#include "domain/Activity.h"

#include <QHash>
#include "widgets/FilePage.h"

class ActivityTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

class ActivitiesPage : public FilePage
{
    Q_OBJECT

public:
    explicit ActivitiesPage(QWidget* parent = nullptr);

    ActivityTableModel* model() const { return m_model; }

public slots:
    /// Empties the editor for a new activity.
    void newActivity();
    /// Asks whether to save the activity's unsaved edits (Save, Discard, Cancel) and does
    /// it; false when the officer cancels or the save is refused, so the edits stay shown.
    bool settleUnsavedChanges();
    /// Saves the activity in the editor; asks for the reason of any voluntary extra.
    bool save();
    void addParticipant();
    void removeParticipant();
    /// Removes the activity shown, after confirming, or asking for the reason when the
    /// rule needs one; a refusal is shown in core's words. Whether it was removed.
    bool removeActivity();

private:
    void reload() override;
    /// The activity picked in the list, once the edits of the one shown are settled.
    void pickActivity(const QModelIndex& current);
    /// Fills the person to add with those the chosen role admits: Stage 3 candidates (who
    /// passed the workshop) for that role, the pool's advisors for the others.
    void offerCandidates();
    void showActivity(const Activity& activity);
    void showParticipants();
    void showLedger();
    void updateModeFields();
    void markEdited();
    void updateButtons();
    Activity fromEditor() const;

    ActivityTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_mode;
    QLineEdit* m_country;
    QLineEdit* m_city;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_requestedBy;
    QLineEdit* m_language;
    QLineEdit* m_topics;
    QTableWidget* m_participantTable;
    QComboBox* m_candidate;
    QComboBox* m_role;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_removeActivity;
    QListWidget* m_ledger;
    QLabel* m_message;

    Activity m_current;  ///< as last read or saved: keeps its identity and row version
    QList<ActivityParticipant> m_participants;
    QHash<QUuid, QString> m_names;
    QList<std::pair<QUuid, QString>> m_advisorChoices;  ///< the pool, with their state
    QList<std::pair<QUuid, QString>> m_stage3Choices;  ///< candidates in Stage 3
    bool m_edited = false;
    bool m_filling = false;
};
