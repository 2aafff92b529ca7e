// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/WorkshopCriteriaView.h"

#include "widgets/MessageBox.h"
#include "assessment/ScoringForm.h"
#include "store/Store.h"
#include "store/Workshops.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, DescriptionColumn, ScoresColumn, KeyColumn, ColumnCount };

bool sameCriteria(const QList<Criterion>& a, const QList<Criterion>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).key != b.at(i).key || a.at(i).name != b.at(i).name || a.at(i).description != b.at(i).description) {
            return false;
        }
    }
    return true;
}

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    return b;
}

}  // namespace

WorkshopCriteriaView::WorkshopCriteriaView(QWidget* parent)
    : RecordView(parent)
{
    setObjectName(QStringLiteral("workshopCriteria"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("criteriaHint"));
    m_hint->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setAccessibleName(tr("The workshop's own criteria, in the order of the scoring form"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("What to look for"), tr("Scores given"), tr("Key")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkshopCriteriaView::showSelected);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("criterionName"));
    m_name->setAccessibleName(tr("Name of the criterion"));
    m_name->setPlaceholderText(tr("Short, as the scoring form shows it"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("criterionDescription"));
    m_description->setAccessibleName(tr("What a reviewer looks for"));
    m_description->setPlaceholderText(tr("What a reviewer must see to rate this criterion"));
    connect(m_name, &QLineEdit::textEdited, this, &WorkshopCriteriaView::editSelected);
    connect(m_description, &QLineEdit::textEdited, this, &WorkshopCriteriaView::editSelected);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Na&me:"), m_name);
    fields->addRow(tr("What to loo&k for:"), m_description);

    m_add = button(this, tr("&Add Criterion"), QStringLiteral("addCriterion"), tr("Add a criterion"));
    m_remove = button(this, tr("Rem&ove"), QStringLiteral("removeCriterion"), tr("Remove the selected criterion"));
    m_up = button(this, tr("Move &Up"), QStringLiteral("moveCriterionUp"), tr("Move the selected criterion up"));
    m_down =
        button(this, tr("Move &Down"), QStringLiteral("moveCriterionDown"), tr("Move the selected criterion down"));
    m_save = button(this, tr("&Save Criteria"), QStringLiteral("saveCriteria"), tr("Save the workshop's criteria"));
    m_revert = button(this, tr("&Revert"), QStringLiteral("revertCriteria"), tr("Drop the changes not saved"));
    connect(m_add, &QPushButton::clicked, this, &WorkshopCriteriaView::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &WorkshopCriteriaView::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveSelected(1); });
    connect(m_save, &QPushButton::clicked, this, &WorkshopCriteriaView::save);
    connect(m_revert, &QPushButton::clicked, this, &WorkshopCriteriaView::revert);
    // Mnemonics chosen apart from the area's (New, Edit, Workshop, Print) and its tabs'.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(fields);
    layout->addLayout(buttons);
    revert();
}

bool WorkshopCriteriaView::setWorkshop(const QUuid& workshopId)
{
    if (workshopId == workshop() && hasUnsavedChanges()) {
        return true;  // the window read again after someone's change: the officer's edits stay
    }
    if (!settleUnsavedChanges()) {
        return false;
    }
    setRecord(workshopId);  // reads its criteria (reload)
    return true;
}

bool WorkshopCriteriaView::settleUnsavedChanges()
{
    if (!hasUnsavedChanges()) {
        return true;
    }
    switch (MessageBox::askToSave(this, tr("the criteria of the workshop"))) {
    case MessageBox::UnsavedChoice::Save:
        return save();
    case MessageBox::UnsavedChoice::Discard:
        revert();
        return true;
    case MessageBox::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void WorkshopCriteriaView::revert()
{
    m_saved.clear();
    m_scoreCounts.clear();
    QString problem;
    if (store() && !workshop().isNull()) {
        const auto criteria = store()->workshops().criteria(workshop());
        const auto counts = store()->workshops().criterionScoreCounts(workshop());
        m_saved = criteria.ok() ? criteria.value() : QList<Criterion>();
        m_scoreCounts = counts.ok() ? counts.value() : QHash<QString, int>();
        problem = !criteria.ok() ? criteria.message() : !counts.ok() ? counts.message() : QString();
    }
    m_rows = m_saved;
    if (!problem.isEmpty()) {
        m_hint->setText(problem);
    } else if (!store() || workshop().isNull()) {
        m_hint->setText(tr("Choose a workshop to see the criteria its participants are scored on."));
    } else if (store()->isReadOnly()) {
        m_hint->setText(tr("The criteria this workshop's participants are scored on, after the competence "
                           "profile's. This session only reads the file."));
    } else {
        m_hint->setText(tr("The criteria this workshop's participants are scored on, after the competence "
                           "profile's, in this order. Changes reach the scoring forms when saved."));
    }
    showRows(m_rows.isEmpty() ? -1 : 0);
}

bool WorkshopCriteriaView::save()
{
    if (!store() || workshop().isNull()) {
        return false;
    }
    // A new criterion's key comes from its name, never one the workshop's scores still name.
    QStringList taken = m_scoreCounts.keys();
    for (const Criterion& c : m_saved) {
        taken.append(c.key);
    }
    for (const Criterion& c : m_rows) {
        taken.append(c.key);
    }
    QList<Criterion> criteria = m_rows;
    for (Criterion& c : criteria) {
        if (c.key.isEmpty()) {
            c.key = ScoringForm::newWorkshopCriterionKey(c.name, taken);
            taken.append(c.key);
        }
    }
    if (const Status done = store()->workshops().setCriteria(workshop(), criteria, m_saved); !done.ok()) {
        MessageBox::critical(this, tr("Criteria not saved"), done.message());
        return false;
    }
    const int row = selectedRow();
    revert();
    showRows(row);
    return true;
}

void WorkshopCriteriaView::addCriterion()
{
    if (!store() || workshop().isNull() || store()->isReadOnly()) {
        return;
    }
    m_rows.append({QString(), tr("New criterion"), CriterionKind::Counted, QString()});
    showRows(int(m_rows.size()) - 1);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();  // typing replaces the placeholder name
}

void WorkshopCriteriaView::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !store() || store()->isReadOnly()) {
        return;
    }
    const Criterion& c = m_rows.at(row);
    const int scores = c.key.isEmpty() ? 0 : m_scoreCounts.value(c.key);
    if (scores > 0 &&
        !MessageBox::question(this, tr("Remove Criterion"),
                              tr("%n score(s) were already given under \"%1\". Once the criteria are saved, "
                                 "those scores leave the scoring form; they stay in the file. Remove it?",
                                 nullptr, scores)
                                  .arg(c.name),
                              tr("Remove"))) {
        return;
    }
    m_rows.removeAt(row);
    showRows(std::min(row, int(m_rows.size()) - 1));
}

void WorkshopCriteriaView::moveSelected(int by)
{
    const int row = selectedRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rows.size() || !store() || store()->isReadOnly()) {
        return;
    }
    m_rows.move(row, to);
    showRows(to);
}

bool WorkshopCriteriaView::hasUnsavedChanges() const
{
    return !sameCriteria(m_rows, m_saved);
}

void WorkshopCriteriaView::showRows(int select)
{
    const QSignalBlocker blocker(m_table);
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Criterion& c = m_rows.at(row);
        const int scores = c.key.isEmpty() ? 0 : m_scoreCounts.value(c.key);
        const QString values[ColumnCount] = {c.name, c.description, locale.toString(scores),
                                             c.key.isEmpty() ? tr("(new)") : c.key};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(values[column]);
            if (column == ScoresColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(ScoresColumn);
    m_table->resizeColumnToContents(KeyColumn);
    m_table->clearSelection();
    if (select >= 0 && select < m_rows.size()) {
        m_table->selectRow(select);
        m_table->setCurrentCell(select, NameColumn);
    }
    showSelected();
}

void WorkshopCriteriaView::showSelected()
{
    const int row = selectedRow();
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker descriptionBlocker(m_description);
    m_name->setText(row >= 0 ? m_rows.at(row).name : QString());
    m_description->setText(row >= 0 ? m_rows.at(row).description : QString());
    updateButtons();
}

void WorkshopCriteriaView::editSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    m_rows[row].name = m_name->text();
    m_rows[row].description = m_description->text();
    m_table->item(row, NameColumn)->setText(m_name->text());
    m_table->item(row, DescriptionColumn)->setText(m_description->text());
    updateButtons();
}

void WorkshopCriteriaView::updateButtons()
{
    const bool editable = store() && !store()->isReadOnly() && !workshop().isNull();
    const int row = selectedRow();
    m_add->setEnabled(editable);
    m_name->setEnabled(editable && row >= 0);
    m_description->setEnabled(editable && row >= 0);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_rows.size());
    const bool edited = editable && hasUnsavedChanges();
    m_save->setEnabled(edited);
    m_revert->setEnabled(edited);
}

int WorkshopCriteriaView::selectedRow() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}
