// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/PoolPage.h"

#include "pool/AvailabilityModel.h"
#include "Clock.h"
#include "widgets/MessageBox.h"
#include "pool/PoolTableModel.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "domain/Unavailability.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QDateEdit* dateEdit(QWidget* parent, const char* name, const QString& accessibleName, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QTableView* tableView(QWidget* parent, const char* name, const QString& accessibleName, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

}  // namespace

PoolPage::PoolPage(QWidget* parent)
    : FilePage(parent)
{
    setObjectName(QStringLiteral("poolArea"));
    m_model = new PoolTableModel(this);
    m_table = tableView(this, "poolTable", tr("Accredited advisors"), m_model);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("poolSummary"));
    m_summary->setWordWrap(true);

    const QDate today = Clock::today();
    auto* away = new QGroupBox(tr("Declared unavailability of the selected advisor"), this);
    m_periods = new QTableWidget(0, 3, away);
    m_periods->setObjectName(QStringLiteral("unavailabilityTable"));
    m_periods->setAccessibleName(tr("Periods the selected advisor declared unavailable"));
    m_periods->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Reason")});
    m_periods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periods->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periods->setTabKeyNavigation(false);
    m_periods->setWordWrap(false);
    m_periods->verticalHeader()->hide();
    m_periods->horizontalHeader()->setStretchLastSection(true);
    m_periods->setMaximumHeight(96);
    m_awayFrom = dateEdit(away, "unavailableFrom", tr("Unavailable from"), today);
    m_awayTo = dateEdit(away, "unavailableTo", tr("Unavailable until"), today.addDays(6));
    m_awayReason = new QLineEdit(away);
    m_awayReason->setObjectName(QStringLiteral("unavailableReason"));
    m_awayReason->setAccessibleName(tr("Reason for the unavailability"));
    m_awayReason->setPlaceholderText(tr("Leave, duties at home…"));
    m_declare = new QPushButton(tr("&Declare Unavailable"), away);
    m_declare->setObjectName(QStringLiteral("declareUnavailable"));
    m_declare->setAccessibleName(tr("Declare the selected advisor unavailable"));
    m_savePeriod = new QPushButton(tr("Sa&ve Changes"), away);
    m_savePeriod->setObjectName(QStringLiteral("saveUnavailability"));
    m_savePeriod->setAccessibleName(tr("Save the dates and reason into the selected period"));
    m_withdrawPeriod = new QPushButton(tr("&Withdraw…"), away);
    m_withdrawPeriod->setObjectName(QStringLiteral("withdrawUnavailability"));
    m_withdrawPeriod->setAccessibleName(tr("Withdraw the selected period"));
    auto* periodsLabel = new QLabel(tr("Declared &periods (select one to edit or withdraw it):"), away);
    periodsLabel->setBuddy(m_periods);
    auto* awayColumn = new QVBoxLayout(away);
    awayColumn->addWidget(periodsLabel);
    awayColumn->addWidget(m_periods);
    auto* awayLayout = new QHBoxLayout;
    awayColumn->addLayout(awayLayout);
    auto* fromLabel = new QLabel(tr("&From:"), away);
    fromLabel->setBuddy(m_awayFrom);
    auto* toLabel = new QLabel(tr("&until:"), away);
    toLabel->setBuddy(m_awayTo);
    auto* reasonLabel = new QLabel(tr("&Reason:"), away);
    reasonLabel->setBuddy(m_awayReason);
    awayLayout->addWidget(fromLabel);
    awayLayout->addWidget(m_awayFrom);
    awayLayout->addWidget(toLabel);
    awayLayout->addWidget(m_awayTo);
    awayLayout->addWidget(reasonLabel);
    awayLayout->addWidget(m_awayReason, 1);
    // The buttons on a row of their own: with the dates and the reason, one row was wider
    // than a 1024-pixel screen.
    auto* awayButtons = new QHBoxLayout;
    awayColumn->addLayout(awayButtons);
    awayButtons->addStretch();
    awayButtons->addWidget(m_declare);
    awayButtons->addWidget(m_savePeriod);
    awayButtons->addWidget(m_withdrawPeriod);

    auto* search = new QGroupBox(tr("Find who is free"), this);
    m_from = dateEdit(search, "searchFrom", tr("First day of the planned activity"), today.addDays(30));
    m_to = dateEdit(search, "searchTo", tr("Last day of the planned activity"), today.addDays(34));
    m_language = new QLineEdit(search);
    m_language->setObjectName(QStringLiteral("searchLanguage"));
    m_language->setAccessibleName(tr("Language of the planned activity"));
    m_language->setProperty("areaSearch", true);  // where Edit > Find (Ctrl+F) goes
    m_region = new QComboBox(search);
    m_region->setObjectName(QStringLiteral("searchRegion"));
    m_region->setAccessibleName(tr("Region of the planned activity"));
    m_region->addItem(tr("Any region"), QString());
    for (Region region : allOf<Region>()) {
        m_region->addItem(labelOf(region), keyOf(region));
    }
    m_topics = new QLineEdit(search);
    m_topics->setObjectName(QStringLiteral("searchTopics"));
    m_topics->setAccessibleName(tr("Topics of the planned activity, separated by commas"));
    m_search = new QPushButton(tr("&Find Who Is Free"), search);
    m_search->setObjectName(QStringLiteral("findWhoIsFree"));
    m_search->setAccessibleName(tr("Find who is free"));
    auto* criteria = new QFormLayout;
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), search));
    dates->addWidget(m_to);
    dates->addStretch();
    auto* datesLabel = new QLabel(tr("Da&tes:"), search);
    datesLabel->setBuddy(m_from);
    criteria->addRow(datesLabel, dates);
    criteria->addRow(tr("&Language:"), m_language);
    criteria->addRow(tr("Re&gion:"), m_region);
    criteria->addRow(tr("T&opics:"), m_topics);
    criteria->addRow(QString(), m_search);
    m_available = new AvailabilityModel(AvailabilityModel::Part::Available, this);
    m_excluded = new AvailabilityModel(AvailabilityModel::Part::Excluded, this);
    m_availableTable = tableView(search, "availableTable", tr("Available advisors, best fit first"), m_available);
    m_excludedTable = tableView(search, "excludedTable", tr("Advisors not available, and why"), m_excluded);
    for (int column : {AvailabilityModel::Rank, AvailabilityModel::Score, AvailabilityModel::WeeksLeft}) {
        m_excludedTable->setColumnHidden(column, true);
    }
    m_searchSummary = new QLabel(search);
    m_searchSummary->setObjectName(QStringLiteral("searchSummary"));
    auto* availableLabel = new QLabel(tr("&Available, best fit first:"), search);
    availableLabel->setBuddy(m_availableTable);
    auto* excludedLabel = new QLabel(tr("&Not available:"), search);
    excludedLabel->setBuddy(m_excludedTable);
    auto* results = new QVBoxLayout;
    results->addWidget(m_searchSummary);
    results->addWidget(availableLabel);
    results->addWidget(m_availableTable, 2);
    results->addWidget(excludedLabel);
    results->addWidget(m_excludedTable, 1);
    auto* searchLayout = new QHBoxLayout(search);
    searchLayout->addLayout(criteria);
    searchLayout->addLayout(results, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(away);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("poolSplitter"));
    splitter->addWidget(top);
    // The search scrolls on a small screen, so that the advisors' list keeps more than two rows.
    auto* searchScroll = new QScrollArea(this);
    searchScroll->setObjectName(QStringLiteral("poolSearchScroll"));
    searchScroll->setAccessibleName(tr("Find who is free"));
    searchScroll->setWidget(search);
    searchScroll->setWidgetResizable(true);
    searchScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(searchScroll);
    splitter->setStretchFactor(0, 3);  // the advisors and their periods first; the search's lists scroll
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000});
    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Pool").toHtmlEscaped()), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    connect(m_search, &QPushButton::clicked, this, &PoolPage::findWhoIsFree);
    connect(m_declare, &QPushButton::clicked, this, &PoolPage::declareUnavailable);
    connect(m_savePeriod, &QPushButton::clicked, this, &PoolPage::savePeriod);
    connect(m_withdrawPeriod, &QPushButton::clicked, this, &PoolPage::withdrawPeriod);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PoolPage::showPeriods);
    connect(m_periods, &QTableWidget::currentCellChanged, this, [this](int row) {
        // The period chosen fills the fields, to be edited there.
        if (row >= 0 && row < m_shownPeriods.size()) {
            const Unavailability& period = m_shownPeriods.at(row);
            m_awayFrom->setDate(period.from);
            m_awayTo->setDate(period.to);
            m_awayReason->setText(period.reason);
        }
        updatePeriodButtons();
    });
    updatePeriodButtons();
}

void PoolPage::reload()
{
    const QUuid selected =
        m_table->currentIndex().isValid() ? m_table->currentIndex().data(PoolTableModel::IdRole).toUuid() : QUuid();
    if (!store()) {
        m_model->setPool({}, WeekCounting::WorkingDays, Clock::today());
        showPeriods();
        return;
    }
    const auto pool = store()->pool().advisors();
    const QDate today = Clock::today();
    m_model->setPool(pool.ok() ? pool.value() : QList<AccreditedAdvisor>(), store()->settings().weekCounting(), today);
    m_table->resizeColumnsToContents();
    int active = 0;
    int leaving = 0;
    for (const AccreditedAdvisor& a : m_model->pool()) {
        active += a.state(today) == PoolState::Active ? 1 : 0;
        leaving += a.leavesWithin(today).isValid() ? 1 : 0;
    }
    m_summary->setText(tr("%1 active of %2 accredited; %3 leave the pool in the next six months. Weeks counted as: %4.")
                           .arg(QLocale().toString(active), QLocale().toString(m_model->rowCount()),
                                QLocale().toString(leaving), labelOf(store()->settings().weekCounting())));
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    showPeriods();
    if (m_searched) {
        findWhoIsFree();  // what was found may have changed with the file
    }
}

void PoolPage::showPeriods()
{
    const QUuid kept = m_periods->currentRow() >= 0 && m_periods->currentRow() < m_shownPeriods.size()
                           ? m_shownPeriods.at(m_periods->currentRow()).meta.id
                           : QUuid();
    const QModelIndex current = m_table->currentIndex();
    m_shownPeriods = current.isValid() && current.row() < m_model->rowCount()
                         ? m_model->advisorAt(current.row()).unavailability
                         : QList<Unavailability>();
    const QSignalBlocker quiet(m_periods);  // filling is not choosing: the fields keep what was typed
    m_periods->clearContents();
    m_periods->setRowCount(int(m_shownPeriods.size()));
    const QLocale locale;
    int keptRow = -1;
    for (int row = 0; row < m_shownPeriods.size(); ++row) {
        const Unavailability& period = m_shownPeriods.at(row);
        m_periods->setItem(row, 0, new QTableWidgetItem(locale.toString(period.from, QLocale::ShortFormat)));
        m_periods->setItem(row, 1, new QTableWidgetItem(locale.toString(period.to, QLocale::ShortFormat)));
        m_periods->setItem(row, 2, new QTableWidgetItem(period.reason));
        keptRow = period.meta.id == kept ? row : keptRow;
    }
    m_periods->resizeColumnsToContents();
    if (keptRow >= 0) {
        m_periods->setCurrentCell(keptRow, 0);
    } else {
        m_periods->setCurrentCell(-1, -1);
    }
    updatePeriodButtons();
}

void PoolPage::updatePeriodButtons()
{
    const bool writable = store() && !store()->isReadOnly() && store()->role() == PersonRole::Officer;
    const int row = m_periods->currentRow();
    const bool chosen = row >= 0 && row < m_shownPeriods.size();
    const bool advisor = m_table->currentIndex().isValid();
    // A disabled button says why in its tooltip, rather than a message after the click.
    const QString readOnly = !store() ? tr("Open a file first.")
                                      : tr("Only the officer's copy of the file, open for editing, records this.");
    m_declare->setEnabled(writable && advisor);
    m_declare->setToolTip(!writable  ? readOnly
                          : !advisor ? tr("Select an advisor first: the list above names who is unavailable.")
                                     : tr("Record that the selected advisor is unavailable on these dates."));
    m_savePeriod->setEnabled(writable && chosen);
    m_withdrawPeriod->setEnabled(writable && chosen);
    const QString choosePeriod = tr("Select one of the declared periods first.");
    m_savePeriod->setToolTip(!writable ? readOnly : !chosen ? choosePeriod : QString());
    m_withdrawPeriod->setToolTip(!writable ? readOnly : !chosen ? choosePeriod : QString());
}

void PoolPage::changed()
{
    reload();  // the other areas read the change from the file's events
}

void PoolPage::findWhoIsFree()
{
    if (!store()) {
        return;
    }
    PlannedActivity planned;
    planned.from = m_from->date();
    planned.to = m_to->date();
    planned.language = m_language->text().trimmed();
    if (const auto region = fromKey<Region>(m_region->currentData().toString())) {
        planned.region = region;
    }
    for (const QString& topic : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!topic.trimmed().isEmpty()) {
            planned.topics.append(topic.trimmed());
        }
    }
    if (const Validation valid = AvailabilitySearch::validate(planned); !valid.ok()) {
        m_searchSummary->setText(valid.summary());
        return;
    }
    const auto pool = store()->pool().advisors();
    if (!pool.ok()) {
        MessageBox::critical(this, tr("Find who is free"), pool.message());
        return;
    }
    const AvailabilityResult result =
        AvailabilitySearch::run(planned, pool.value(), store()->settings().weekCounting(), Clock::today());
    m_searched = true;
    m_available->setResult(result);
    m_excluded->setResult(result);
    m_availableTable->resizeColumnsToContents();
    m_excludedTable->resizeColumnToContents(AvailabilityModel::Name);
    m_searchSummary->setText(tr("%1 available, %2 not, for %3 – %4.")
                                 .arg(QLocale().toString(result.ranked.size()),
                                      QLocale().toString(result.excluded.size()),
                                      QLocale().toString(planned.from, QLocale::ShortFormat),
                                      QLocale().toString(planned.to, QLocale::ShortFormat)));
}

void PoolPage::declareUnavailable()
{
    if (!store()) {
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        MessageBox::information(this, tr("Declare unavailable"), tr("Select the advisor in the list first."));
        return;
    }
    Unavailability period;
    period.candidateId = current.data(PoolTableModel::IdRole).toUuid();
    period.from = m_awayFrom->date();
    period.to = m_awayTo->date();
    period.reason = m_awayReason->text().trimmed();
    const auto saved = store()->pool().saveUnavailability(period);
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Not recorded"), saved.message());
        return;
    }
    m_awayReason->clear();
    changed();
}

bool PoolPage::savePeriod()
{
    const int row = m_periods->currentRow();
    if (!store() || row < 0 || row >= m_shownPeriods.size()) {
        return false;
    }
    Unavailability period = m_shownPeriods.at(row);  // keeps its identity and row version
    period.from = m_awayFrom->date();
    period.to = m_awayTo->date();
    period.reason = m_awayReason->text().trimmed();
    const auto saved = store()->pool().saveUnavailability(period);
    if (!saved.ok()) {
        MessageBox::critical(this, tr("Not saved"), saved.message());
        return false;
    }
    changed();
    return true;
}

bool PoolPage::withdrawPeriod()
{
    const int row = m_periods->currentRow();
    const QModelIndex advisor = m_table->currentIndex();
    if (!store() || row < 0 || row >= m_shownPeriods.size() || !advisor.isValid()) {
        return false;
    }
    const Unavailability period = m_shownPeriods.at(row);
    const QLocale locale;
    const QString question =
        tr("Withdraw the unavailability %1 declared from %2 until %3 (%4)? The search for who is free counts them "
           "free on those days again.")
            .arg(m_model->advisorAt(advisor.row()).candidate.displayName(),
                 locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat),
                 period.reason);
    if (!MessageBox::question(this, tr("Withdraw unavailability"), question, tr("Withdraw"))) {
        return false;
    }
    const Status removed = store()->pool().removeUnavailability(period.meta.id);
    if (!removed.ok()) {
        MessageBox::critical(this, tr("Not withdrawn"), removed.message());
        return false;
    }
    m_awayReason->clear();
    changed();
    return true;
}
