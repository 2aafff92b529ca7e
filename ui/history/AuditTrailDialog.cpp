// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/AuditTrailDialog.h"

#include "store/AuditLabels.h"
#include "history/AuditTrailModel.h"
#include "ListExport.h"
#include "ExportSources.h"
#include "Clock.h"
#include "store/Store.h"
#include "widgets/RefreshOnChange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

AuditTrailDialog::AuditTrailDialog(const Store& store, const QUuid& subject, const QString& subjectName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_model(new AuditTrailModel(this))
    , m_filter(new AuditTrailFilter(this))
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(subject.isNull() ? tr("History of the file") : tr("History of %1").arg(subjectName));
    // Read now, and again when a change is saved meanwhile (by others: this dialog is modal).
    auto* refresh = new RefreshOnChange(this, [this, &store, subject]() {
        const auto trail = store.auditTrail(subject);
        const QList<AuditEntry> entries = trail.ok() ? trail.value() : QList<AuditEntry>();
        // The names as the file holds them now; without them the sentences say "a candidate
        // no longer in the file" rather than show ids.
        auto names = AuditNames::read(store, entries);
        m_model->setEntries(entries, names.ok() ? names.value() : AuditNames());
    });
    refresh->follow(&store);
    m_filter->setSourceModel(m_model);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historySearch"));
    m_text->setPlaceholderText(tr("Names, values, people…"));
    m_text->setClearButtonEnabled(true);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("historyKind"));
    m_group->addItem(tr("All changes"), QString());
    for (const auto& [key, name] : AuditLabels::groups()) {
        m_group->addItem(name, key);
    }
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("historyPerson"));
    m_actor->addItem(tr("Everyone"), QString());
    for (const QString& actor : m_model->actors()) {
        m_actor->addItem(actor, actor);
    }
    const QDate first = m_model->rowCount() > 0 ? m_model->entryAt(0).at.toLocalTime().date() : Clock::today();
    m_from = new QDateEdit(first, this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(Clock::today(), this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setCalendarPopup(true);

    m_housekeeping = new QCheckBox(tr("Show &housekeeping"), this);
    m_housekeeping->setObjectName(QStringLiteral("historyHousekeeping"));
    m_housekeeping->setToolTip(
        tr("Also list what does not change the records: editing taken over, documents read for the search, "
           "format upgrades."));

    // Each field its own label with a buddy: the mnemonic works and screen readers name it.
    auto* filters = new QFormLayout;
    filters->addRow(tr("&Search:"), m_text);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_group);
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_actor);
    auto* row = new QHBoxLayout;
    row->addWidget(m_group, 1);
    row->addWidget(personLabel);
    row->addWidget(m_actor, 1);
    filters->addRow(kindLabel, row);
    m_group->setAccessibleName(tr("Kind of change"));
    m_actor->setAccessibleName(tr("Person"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    dates->addWidget(m_housekeeping);
    filters->addRow(fromLabel, dates);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AuditTrailModel::Who, QHeaderView::Interactive);
    m_selected = new QLabel(this);
    m_selected->setObjectName(QStringLiteral("historySentence"));
    m_selected->setWordWrap(true);
    m_selected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields = new QStandardItemModel(0, 3, this);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details = new QTableView(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("Fields the selected change changed, before and after"));
    m_details->setModel(m_fields);
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setTabKeyNavigation(false);
    // One line a field; a long value is elided and whole in its tooltip.
    m_details->setWordWrap(false);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* detailsBox = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_selected);
    detailsLayout->addWidget(m_details, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The history leaves as a spreadsheet too (the whole trail shown here, or this
    // candidate's), as `export FILE history [--candidate]` writes it.
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("historyExport"));
    exportButton->setAccessibleName(tr("Export this history"));
    exportButton->setToolTip(tr("Save this history as a spreadsheet (XLSX) or CSV."));
    connect(exportButton, &QPushButton::clicked, this, [this, &store, subject]() {
        ExportRequest request;
        request.list = ExportedList::History;
        request.candidateId = subject;
        ListExport::run(this, store, request);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_group, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailDialog::applyFilters);
    connect(m_housekeeping, &QCheckBox::toggled, this, &AuditTrailDialog::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailDialog::showDetails);
    resize(900, 600);
    if (m_filter->rowCount() > 0) {
        m_table->selectRow(m_filter->rowCount() - 1);  // the latest change
    }
    showDetails();
}

void AuditTrailDialog::applyFilters()
{
    m_filter->setText(m_text->text());
    m_filter->setGroup(m_group->currentData().toString());
    m_filter->setActor(m_actor->currentData().toString());
    m_filter->setDates(m_from->date(), m_to->date());
    m_filter->setShowHousekeeping(m_housekeeping->isChecked());
    showDetails();
}

void AuditTrailDialog::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_fields->removeRows(0, m_fields->rowCount());
    if (!current.isValid()) {
        m_selected->setText(tr("Choose a change in the list to see the fields it changed."));
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    m_selected->setText(m_model->index(row, AuditTrailModel::What).data().toString());
    const QList<AuditFieldChange> changes = m_model->fieldChanges(row);
    for (const AuditFieldChange& change : changes) {
        QList<QStandardItem*> items{new QStandardItem(change.label), new QStandardItem(change.before),
                                    new QStandardItem(change.after)};
        for (QStandardItem* item : items) {
            item->setToolTip(item->text());
        }
        m_fields->appendRow(items);
    }
}
