// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleDialog.h"

#include "widgets/ConflictDialog.h"
#include "widgets/MessageBox.h"
#include "domain/Person.h"
#include "domain/RecordJson.h"
#include "store/Store.h"
#include "store/People.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

/// The form for one person, with core's validation message under each field.
class PersonForm : public QDialog
{
public:
    PersonForm(const Person& person, QWidget* parent)
        : QDialog(parent)
        , m_person(person)
    {
        setWindowTitle(person.meta.isNew() ? PeopleDialog::tr("Record a person")
                                           : PeopleDialog::tr("Change %1").arg(person.name));
        m_name = new QLineEdit(person.name, this);
        m_account = new QLineEdit(person.account, this);
        m_role = new QComboBox(this);
        for (PersonRole role : allOf<PersonRole>()) {
            m_role->addItem(labelOf(role), int(role));
        }
        m_role->setCurrentIndex(m_role->findData(int(person.role)));
        m_administration = new QLineEdit(person.administration, this);
        m_email = new QLineEdit(person.email, this);
        m_problems = new QLabel(this);
        m_problems->setObjectName(QStringLiteral("personProblems"));
        m_problems->setWordWrap(true);
        m_problems->setStyleSheet(QStringLiteral("color: #a00000"));
        auto* form = new QFormLayout;
        form->addRow(PeopleDialog::tr("&Name:"), m_name);
        form->addRow(PeopleDialog::tr("&Account (user name):"), m_account);
        form->addRow(PeopleDialog::tr("&Role:"), m_role);
        form->addRow(PeopleDialog::tr("A&dministration:"), m_administration);
        form->addRow(PeopleDialog::tr("&E-mail:"), m_email);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
            const Validation v = value().validate();
            m_problems->setText(v.summary());
            if (v.ok()) {
                accept();
            }
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problems);
        layout->addWidget(buttons);
    }

    Person value() const
    {
        Person p = m_person;
        p.name = m_name->text().trimmed();
        p.account = m_account->text().trimmed();
        p.role = PersonRole(m_role->currentData().toInt());
        p.administration = m_administration->text().trimmed();
        p.email = m_email->text().trimmed();
        return p;
    }

private:
    Person m_person;
    QLineEdit* m_name;
    QLineEdit* m_account;
    QComboBox* m_role;
    QLineEdit* m_administration;
    QLineEdit* m_email;
    QLabel* m_problems;
};

}  // namespace

PeopleDialog::PeopleDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_people(std::make_unique<QList<Person>>())
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People of the file"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Account"), tr("Role"), tr("Administration")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_edit->setObjectName(QStringLiteral("changePerson"));
    const bool canEdit = !store.isReadOnly() && store.role() == PersonRole::Officer;
    m_add->setEnabled(canEdit);
    m_edit->setEnabled(canEdit);
    connect(m_add, &QPushButton::clicked, this, [this]() { editPerson(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this]() { editPerson(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this, canEdit](int row) {
        if (canEdit) {
            editPerson(row);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(canEdit ? tr("Officers edit the file; reviewers score in their own review files; "
                                         "observers read and print.")
                                    : store.readOnlyReason(),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(700, 400);
    reload();
}

PeopleDialog::~PeopleDialog() = default;

void PeopleDialog::reload()
{
    const auto people = m_store.people().all();
    *m_people = people.ok() ? people.value() : QList<Person>();
    m_table->setRowCount(int(m_people->size()));
    for (int row = 0; row < m_people->size(); ++row) {
        const Person& p = m_people->at(row);
        const QStringList cells = {p.name, p.account, labelOf(p.role), p.administration};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
}

bool PeopleDialog::editPerson(int row, const Person* answer)
{
    Person person;
    if (row >= 0 && row < m_people->size()) {
        person = m_people->at(row);
    } else {
        person.role = PersonRole::Reviewer;
    }
    Person chosen;
    if (answer) {
        chosen = *answer;
        chosen.meta = person.meta;
    } else {
        PersonForm form(person, this);
        if (form.exec() != QDialog::Accepted) {
            return false;
        }
        chosen = form.value();
    }
    auto saved = m_store.people().save(chosen);
    if (!saved.ok() && saved.code() == ErrorCode::Conflict) {
        // Someone saved this person meanwhile: show both versions and let the user choose.
        const auto people = m_store.people().all();
        const auto theirs = std::find_if(people.value().cbegin(), people.value().cend(),
                                         [&](const Person& p) { return p.meta.id == chosen.meta.id; });
        if (theirs != people.value().cend()) {
            const auto choice =
                ConflictDialog::ask(chosen.name, RecordJson::toJson(chosen), RecordJson::toJson(*theirs),
                                    theirs->meta.modifiedBy, theirs->meta.modifiedAt, this);
            if (choice == ConflictDialog::Choice::KeepMine) {
                chosen.meta.rowVersion = theirs->meta.rowVersion;  // a deliberate overwrite, audited as such
                saved = m_store.people().save(chosen);
            } else {
                reload();
                return choice == ConflictDialog::Choice::TakeTheirs;
            }
        }
    }
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Not saved"), saved.message());
        return false;
    }
    reload();
    return true;
}
