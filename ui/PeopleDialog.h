// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The people recorded in the file and their roles. Officers add and change them here;
// everyone else sees the list read-only.

#include <QDialog>

#include <memory>

class Person;
class QPushButton;
class QTableWidget;
class Store;

class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleDialog(Store& store, QWidget* parent = nullptr);
    ~PeopleDialog() override;

    /// Shows the form for a new person (row < 0) or for the person in `row`; returns
    /// whether it was saved (or the user took the version someone else saved meanwhile).
    /// `answer` fills the form instead of the user when set (tests).
    bool editPerson(int row, const Person* answer = nullptr);

private:
    void reload();

    Store& m_store;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    std::unique_ptr<QList<Person>> m_people;
};
