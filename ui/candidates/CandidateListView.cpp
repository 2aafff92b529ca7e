// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/CandidateListView.h"

#include "domain/Candidate.h"
#include "store/CandidateFilter.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/FrozenColumnsTable.h"
#include "candidates/SearchResultsModel.h"
#include "candidates/SnippetDelegate.h"
#include "store/FileEvents.h"
#include "store/Store.h"
#include "store/Workshops.h"
#include "store/CandidateSearch.h"
#include "store/Candidates.h"
#include "domain/Workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString kHeaderKey = QStringLiteral("candidateList/header");
// Long enough to let a fast typist finish a word, short enough to feel immediate.
constexpr int kTypingPauseMs = 120;
// More places than anyone reads; the list above holds every candidate found.
constexpr int kMaxPlacesShown = 200;

}  // namespace

CandidateListView::CandidateListView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CandidateTableModel(this))
    , m_resultsModel(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("candidateList"));
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter by name, administration, country or e-mail"));
    m_quickFilter->setAccessibleName(tr("Filter candidates"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setProperty("areaSearch", true);  // where Edit > Find (Ctrl+F) goes
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->setAccessibleName(tr("Stage"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setAccessibleName(tr("Region"));
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("workshopFilter"));
    m_workshop->setAccessibleName(tr("Workshop"));
    // The filters share the row; a long workshop title elides instead of widening the window.
    for (QComboBox* box : {m_stage, m_region, m_workshop}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);  // three to a row fit beside the editor in French too
    }
    m_notInformed = new QCheckBox(tr("Not yet &informed"), this);
    m_notInformed->setObjectName(QStringLiteral("notInformedFilter"));
    m_archived = new QCheckBox(tr("Show &archived"), this);
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_retention = new QCheckBox(tr("&Retention due"), this);
    m_retention->setObjectName(QStringLiteral("retentionFilter"));
    m_retention->setToolTip(tr("Candidates without consent to keep their data whose retention period is over"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("candidateCount"));
    m_inDocuments = new QCheckBox(tr("Search in &documents"), this);
    m_inDocuments->setObjectName(QStringLiteral("searchInDocuments"));
    m_inDocuments->setToolTip(tr("Find every word in the candidates' fields or the text of their documents (CVs, "
                                 "forms), and show where"));
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Where the words were found"));
    m_results->setModel(m_resultsModel);
    m_results->setItemDelegateForColumn(SearchResultsModel::Snippet, new SnippetDelegate(m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->hide();
    m_resultsNote = new QLabel(this);
    m_resultsNote->setObjectName(QStringLiteral("searchResultsNote"));
    m_resultsNote->setWordWrap(true);
    m_resultsNote->hide();

    // A new file's empty table would say nothing: this says what to do first, with the buttons that do it.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("noCandidatesYet"));
    auto* emptyText = new QLabel(tr("No candidates in this file yet. Add them one by one, or import the applications "
                                    "from a spreadsheet saved as CSV."),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* addOne = new QPushButton(tr("&New Candidate"), m_empty);
    addOne->setObjectName(QStringLiteral("emptyNewCandidate"));
    connect(addOne, &QPushButton::clicked, this, &CandidateListView::newCandidateRequested);
    auto* importThem = new QPushButton(tr("I&mport Applications…"), m_empty);
    importThem->setObjectName(QStringLiteral("emptyImportApplications"));
    connect(importThem, &QPushButton::clicked, this, &CandidateListView::importRequested);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(addOne);
    emptyButtons->addWidget(importThem);
    emptyButtons->addStretch();
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_empty->hide();

    // The names and the stage stay in sight while the other columns scroll sideways.
    m_table = new FrozenColumnsTable(
        {CandidateTableModel::FamilyName, CandidateTableModel::GivenNames, CandidateTableModel::Stage}, this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setAccessibleName(tr("Candidates"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateTableModel::FamilyName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);

    m_columnsMenu = new QMenu(tr("&Columns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    for (int column = 0; column < CandidateTableModel::ColumnCount; ++column) {
        QAction* action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1").arg(column));
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(column != CandidateTableModel::FamilyName);  // a row needs a name
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            m_table->syncFrozenColumns();
            saveLayout();
        });
    }
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& at) { m_columnsMenu->popup(header->mapToGlobal(at)); });
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical) {
        // The last column fills what is left: its width follows the window, not the user.
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last))) {
            --last;
        }
        if (logical != header->logicalIndex(last)) {
            saveLayout();
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, [this]() { saveLayout(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this]() { saveLayout(); });

    // The quick filter gets a row of its own: it is what people use most, and it needs room.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stage, 1);
    filters->addWidget(m_region, 1);
    filters->addWidget(m_workshop, 1);
    // Two to a row: in French the three side by side made the list 457 px at its smallest
    // and the window wider than 1024 px.
    auto* flags = new QGridLayout;
    flags->addWidget(m_notInformed, 0, 0);
    flags->addWidget(m_archived, 0, 1);
    flags->addWidget(m_retention, 1, 0);
    flags->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* search = new QHBoxLayout;
    search->addWidget(m_quickFilter, 1);
    search->addWidget(m_inDocuments);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addLayout(flags);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_empty, 2);
    layout->addWidget(m_resultsNote);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CandidateListView::reload);
    connect(m_quickFilter, &QLineEdit::textChanged, this, &CandidateListView::scheduleReload);
    for (QComboBox* box : {m_stage, m_region, m_workshop}) {
        connect(box, &QComboBox::currentIndexChanged, this, &CandidateListView::reload);
    }
    connect(m_notInformed, &QCheckBox::toggled, this, &CandidateListView::reload);
    connect(m_archived, &QCheckBox::toggled, this, &CandidateListView::reload);
    connect(m_retention, &QCheckBox::toggled, this, &CandidateListView::reload);
    connect(m_inDocuments, &QCheckBox::toggled, this, [this](bool on) {
        m_quickFilter->setPlaceholderText(on ? tr("Search names, fields and documents (CVs, forms)")
                                             : tr("Filter by name, administration, country or e-mail"));
        reload();
    });
    // Picking a place picks its candidate, who is listed: the list holds what the search found.
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    select(m_resultsModel->hitAt(current).candidateId);
                }
            });
    // A reload resets the model and selects the same candidate again: only a candidate
    // that is no longer the one selected is news (reload() tells it).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        if (!m_reloading) {
            emit currentCandidateChanged();
        }
    });
    connect(m_table, &QTableView::activated, this, &CandidateListView::candidateActivated);
    setFocusProxy(m_quickFilter);
    const QScopedValueRollback layingOut(m_layingOut, true);
    restoreLayout();
}

CandidateListView::~CandidateListView() = default;

QTableView* CandidateListView::table() const
{
    return m_table;
}

void CandidateListView::setStore(const Store* store)
{
    disconnect(m_following);
    m_store = store;
    if (m_store) {
        m_following = connect(&m_store->events(), &FileEvents::changed, this, [this](const QList<FileChange>& changes) {
            // More documents read changes what a search in documents finds, nothing else.
            const bool onlyText = std::all_of(changes.cbegin(), changes.cend(), [](const FileChange& c) {
                return c.entity == QLatin1String("document_text");
            });
            if (onlyText) {
                refreshSearch();
            } else {
                reload();
            }
        });
    }
    fillFilterChoices();
    reload();
    // The list sizes its columns itself here: only what the user changes is remembered
    // (each remembering writes the settings file, a column at a time, before the first paint).
    const QScopedValueRollback layingOut(m_layingOut, true);
    m_table->resizeColumnsToContents();
    restoreLayout();
}

void CandidateListView::fillFilterChoices()
{
    for (QComboBox* box : {m_stage, m_region, m_workshop}) {
        box->blockSignals(true);
        box->clear();
    }
    m_stage->addItem(tr("All stages"), QString());
    for (Stage stage : allOf<Stage>()) {
        m_stage->addItem(labelOf(stage), keyOf(stage));
    }
    m_region->addItem(tr("All regions"), QString());
    for (Region region : allOf<Region>()) {
        m_region->addItem(labelOf(region), keyOf(region));
    }
    m_workshop->addItem(tr("All workshops"), QString());
    if (m_store) {
        const auto workshops = m_store->workshops().all();
        for (const Workshop& workshop : workshops.ok() ? workshops.value() : QList<Workshop>()) {
            m_workshop->addItem(workshop.title, workshop.meta.id.toString());
        }
    }
    for (QComboBox* box : {m_stage, m_region, m_workshop}) {
        box->blockSignals(false);
    }
}

void CandidateListView::scheduleReload()
{
    m_typing->start();
}

CandidateFilter CandidateListView::filter() const
{
    CandidateFilter filter;
    filter.text = m_quickFilter->text();
    filter.stage = fromKey<Stage>(m_stage->currentData().toString());
    filter.region = fromKey<Region>(m_region->currentData().toString());
    filter.workshopId = QUuid::fromString(m_workshop->currentData().toString());
    filter.notYetInformed = m_notInformed->isChecked();
    filter.includeArchived = m_archived->isChecked();
    filter.retentionDue = m_retention->isChecked();
    filter.listedFieldsOnly = true;  // the editor reads the candidate afresh, whole
    filter.inDocuments = m_inDocuments->isChecked();
    return filter;
}

void CandidateListView::reload()
{
    m_typing->stop();
    if (!m_store) {
        m_placesPending.reset();
        m_model->setCandidates({});
        m_count->clear();
        m_empty->hide();
        m_table->show();
        return;
    }
    const CandidateFilter filter = this->filter();
    const QUuid selected = currentCandidate() ? currentCandidate()->meta.id : QUuid();
    m_reloading = true;
    const auto found = m_store->candidates().find(filter);
    // The workshop each candidate applied to, by title, for the list's column.
    QHash<QUuid, QString> appliedTo;
    if (const auto applications = m_store->workshops().applications(); applications.ok()) {
        QHash<QUuid, QString> titles;
        const auto workshops = m_store->workshops().all();
        for (const Workshop& w : workshops.ok() ? workshops.value() : QList<Workshop>()) {
            titles.insert(w.meta.id, w.title);
        }
        for (auto it = applications.value().cbegin(); it != applications.value().cend(); ++it) {
            appliedTo.insert(it.key(), titles.value(it.value()));
        }
    }
    m_model->setCandidates(found.ok() ? found.value() : QList<Candidate>(), appliedTo);
    const QHeaderView* header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const int total = m_store->candidates().count().ok() ? m_store->candidates().count().value() : m_model->rowCount();
    m_count->setText(filter.isEmpty()
                         ? tr("%Ln candidate(s)", nullptr, total)
                         : tr("%1 of %Ln candidate(s)", nullptr, total).arg(QLocale().toString(m_model->rowCount())));
    const bool noneAtAll = total == 0 && m_model->rowCount() == 0;
    m_table->setVisible(!noneAtAll);
    m_empty->setVisible(noneAtAll);
    for (auto* button : m_empty->findChildren<QPushButton*>()) {
        button->setEnabled(!m_store->isReadOnly());
    }
    select(selected);
    m_reloading = false;
    if ((currentCandidate() ? currentCandidate()->meta.id : QUuid()) != selected) {
        emit currentCandidateChanged();  // no longer listed (a filter, an archive)
    }
    prepareSearchResults(filter);
}

void CandidateListView::refreshSearch()
{
    if (m_inDocuments->isChecked() && !m_quickFilter->text().trimmed().isEmpty()) {
        reload();
    }
}

namespace {

// Posted at low priority, after the repaint the new list asked for (QWidget::update posts
// its request at that priority too, and events of one priority keep their order).
const QEvent::Type kShowPlacesEvent = QEvent::Type(QEvent::registerEventType());

}  // namespace

void CandidateListView::prepareSearchResults(const CandidateFilter& filter)
{
    const bool searching = m_store && filter.inDocuments && !filter.text.trimmed().isEmpty();
    m_results->setVisible(searching);
    m_resultsNote->setVisible(searching);
    m_resultsModel->setHits({});
    m_placesPending.reset();
    if (!searching) {
        return;
    }
    m_placesPending = std::make_unique<CandidateFilter>(filter);
    m_resultsNote->setText(tr("Looking for where the words were found…"));
    QCoreApplication::postEvent(this, new QEvent(kShowPlacesEvent), Qt::LowEventPriority);
}

void CandidateListView::customEvent(QEvent* event)
{
    if (event->type() == kShowPlacesEvent) {
        showPendingSearchResults();
        return;
    }
    QWidget::customEvent(event);
}

void CandidateListView::showPendingSearchResults()
{
    if (!m_placesPending || !m_store) {
        return;
    }
    // The places of the candidates listed: the other filters (stage, region...) rank too.
    const CandidateFilter filter = *m_placesPending;
    m_placesPending.reset();
    const auto found = m_store->search().find(filter, kMaxPlacesShown);
    const QList<SearchHit> hits = found.ok() ? found.value() : QList<SearchHit>();
    m_resultsModel->setHits(hits);
    QStringList note;
    note.append(found.ok() ? (int(found.value().size()) == kMaxPlacesShown
                                  ? tr("Where the words were found (the best %1 places):").arg(kMaxPlacesShown)
                                  : tr("Where the words were found:"))
                           : found.message());
    const auto waiting = m_store->search().documentsToReadCount();
    if (waiting.ok() && waiting.value() > 0) {
        note.append(m_store->isReadOnly()
                        ? tr("%Ln document(s) are not searchable yet: the officer's copy of the application reads "
                             "them.",
                             nullptr, waiting.value())
                        : tr("%Ln document(s) are still being read and not searched yet.", nullptr, waiting.value()));
    }
    m_resultsNote->setText(note.join(QLatin1Char(' ')));
    m_results->resizeColumnToContents(SearchResultsModel::CandidateName);
    m_results->resizeColumnToContents(SearchResultsModel::Where);
}

void CandidateListView::select(const QUuid& id)
{
    for (int row = 0; row < m_model->rowCount() && !id.isNull(); ++row) {
        if (m_model->candidateAt(m_model->index(row, 0)).meta.id == id) {
            if (m_table->currentIndex().row() != row) {
                m_table->selectRow(row);
            }
            return;
        }
    }
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
}

const Candidate* CandidateListView::currentCandidate() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? &m_model->candidateAt(current) : nullptr;
}

void CandidateListView::saveLayout() const
{
    if (m_layingOut) {
        return;
    }
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void CandidateListView::restoreLayout()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state)) {
        m_table->syncFrozenColumns();
        return;
    }
    m_table->syncFrozenColumns();  // a layout saved before the names were frozen puts them first again
    for (QAction* action : m_columnsMenu->actions()) {
        const int column = action->objectName().mid(6).toInt();
        action->blockSignals(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->blockSignals(false);
    }
}
