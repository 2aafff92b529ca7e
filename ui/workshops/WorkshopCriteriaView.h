// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Criteria tab of the Workshops area: the workshop's own criteria, in the order its
// scoring form shows them, each with what a reviewer looks for. The officer adds, edits,
// removes and reorders them here, then saves the whole list at once (Store::
// setWorkshopCriteria); a new criterion gets a key from its name, an existing one keeps its
// key so the scores already given stay with it. Removing a criterion that has scores asks
// first: those scores stay in the file but leave the form. A read-only session only reads.

#include "domain/CompetenceProfile.h"

#include <QHash>
#include <QList>
#include <QUuid>
#include "widgets/RecordView.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class WorkshopCriteriaView : public RecordView
{
    Q_OBJECT

public:
    explicit WorkshopCriteriaView(QWidget* parent = nullptr);

    /// Shows a workshop's criteria; none when null. Edits not saved are kept when it is the
    /// workshop already shown; for another, the officer is asked to save or discard them,
    /// and false is returned (the view keeps its workshop) when they cancel or saving fails.
    bool setWorkshop(const QUuid& workshopId);
    QUuid workshop() const { return record(); }
    /// Reads the criteria again, dropping edits not saved.
    void revert();
    void reload() override { revert(); }
    /// Saves the list as edited; false (the officer told why) when core refused it.
    bool save();

    /// Appends a criterion "New criterion", selects it and puts the cursor in its name.
    void addCriterion();
    /// Removes the selected criterion from the list; asks first when it has scores.
    void removeSelected();
    /// Moves the selected criterion one place up (-1) or down (+1) in the form.
    void moveSelected(int by);

    bool hasUnsavedChanges() const;
    /// Asks the officer to save or discard edits not saved (nothing to ask: true); false
    /// when they cancel or saving fails.
    bool settleUnsavedChanges();
    QTableWidget* table() const { return m_table; }

private:
    void showRows(int select);
    void showSelected();
    void editSelected();
    void updateButtons();
    int selectedRow() const;

    QList<Criterion> m_saved;
    QList<Criterion> m_rows;  ///< as edited; a criterion added here has no key until saved
    QHash<QString, int> m_scoreCounts;
    QLabel* m_hint;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_save;
    QPushButton* m_revert;
};
