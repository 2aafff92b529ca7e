// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardPage.h"

#include "dashboard/ChartPanel.h"
#include "Clock.h"
#include "pool/PoolStatistics.h"
#include "store/Store.h"
#include "store/FileSettings.h"
#include "store/Pool.h"
#include "store/Decisions.h"
#include "store/Candidates.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QScrollArea>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

/// A value axis from 0 that counts people: whole numbers only.
QValueAxis* countAxis(int maximum)
{
    // At most about five whole-number ticks, so that labels stay legible in a small panel.
    const int step = qMax(1, (maximum + 3) / 4);
    auto* axis = new QValueAxis;
    axis->setRange(0, qMax(1, (maximum + step - 1) / step * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// The steps of the funnel, in pipeline order; "reached" counts everyone who got there.
const QList<Stage> kFunnelSteps = {Stage::Selected, Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited};

}  // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : FilePage(parent)
{
    setObjectName(QStringLiteral("dashboardArea"));
    m_funnel = new ChartPanel(QStringLiteral("funnel"), tr("Pipeline funnel per workshop"), this);
    m_byRegion = new ChartPanel(QStringLiteral("poolByRegion"), tr("Pool by region and state"), this);
    m_weeks = new ChartPanel(QStringLiteral("weeks"), tr("Weeks used of the commitment"), this);
    m_overTime = new ChartPanel(QStringLiteral("poolOverTime"), tr("Active advisors over time"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    // The four panels scroll together on a small screen rather than raising the window's
    // minimum height.
    auto* panels = new QWidget(this);
    m_grid = new QGridLayout(panels);
    m_grid->setContentsMargins(0, 0, 0, 0);
    arrangePanels();
    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Dashboard").toHtmlEscaped()), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setAccessibleName(tr("Charts of the file"));
    scroll->setWidget(panels);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    FilePage::resizeEvent(event);
    arrangePanels();
}

void DashboardPage::arrangePanels()
{
    // Below this width two charts side by side cut their legends.
    constexpr int kTwoColumnsFrom = 1100;
    const int columns = width() >= kTwoColumnsFrom ? 2 : 1;
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    const QList<ChartPanel*> panels = {m_funnel, m_byRegion, m_weeks, m_overTime};
    for (int i = 0; i < panels.size(); ++i) {
        m_grid->removeWidget(panels.at(i));
        m_grid->addWidget(panels.at(i), i / columns, i % columns);
    }
}

void DashboardPage::reload()
{
    if (store()) {
        showFunnel(*store());
        showPool(*store());
    }
}

void DashboardPage::showFunnel(Store& store)
{
    const QLocale locale;
    const auto funnels = store.decisions().funnel();
    const QList<WorkshopFunnel> list = funnels.ok() ? funnels.value() : QList<WorkshopFunnel>();
    auto* series = new QBarSeries;
    QList<QBarSet*> sets;
    auto* applied = new QBarSet(tr("Candidates"));
    sets.append(applied);
    for (Stage step : kFunnelSteps) {
        sets.append(new QBarSet(labelOf(step)));
    }
    QStringList categories;
    QStringList headers = {tr("Workshop"), tr("Candidates")};
    for (Stage step : kFunnelSteps) {
        headers.append(labelOf(step));
    }
    QList<QStringList> rows;
    int maximum = 0;
    for (const WorkshopFunnel& f : list) {
        // The venue's first words are too long for an axis: the year tells workshops apart.
        categories.append(QStringLiteral("%1 %2").arg(f.title.section(QLatin1Char(','), -1).trimmed(),
                                                      locale.toString(f.startDate, QStringLiteral("yyyy"))));
        QStringList row = {f.title, locale.toString(f.candidates)};
        *applied << f.candidates;
        maximum = qMax(maximum, f.candidates);
        for (int i = 0; i < kFunnelSteps.size(); ++i) {
            const int reached = f.reached.value(kFunnelSteps.at(i));
            *sets.at(i + 1) << reached;
            row.append(locale.toString(reached));
        }
        rows.append(row);
    }
    series->append(sets);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_funnel->setContent(chart, headers, rows);
}

void DashboardPage::showPool(Store& store)
{
    const QLocale locale;
    const QDate today = Clock::today();
    const auto result = store.pool().advisors();
    const QList<AccreditedAdvisor> pool = result.ok() ? result.value() : QList<AccreditedAdvisor>();
    const WeekCounting rule = store.settings().weekCounting();

    // By region and state.
    const auto counts = PoolStatistics::byRegionAndState(pool, today);
    auto* stacked = new QStackedBarSeries;
    QStringList regions;
    QStringList headers = {tr("Region")};
    for (PoolState state : allOf<PoolState>()) {
        headers.append(labelOf(state));
    }
    QList<QStringList> rows;
    int maximum = 0;
    QList<QBarSet*> stateSets;
    for (PoolState state : allOf<PoolState>()) {
        stateSets.append(new QBarSet(labelOf(state)));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        regions.append(labelOf(it.key()));
        QStringList row = {labelOf(it.key())};
        int total = 0;
        for (int i = 0; i < allOf<PoolState>().size(); ++i) {
            const int n = it.value().value(allOf<PoolState>().at(i));
            *stateSets.at(i) << n;
            row.append(locale.toString(n));
            total += n;
        }
        maximum = qMax(maximum, total);
        rows.append(row);
    }
    stacked->append(stateSets);
    auto* regionChart = new QChart;
    regionChart->addSeries(stacked);
    auto* regionAxis = new QBarCategoryAxis;
    regionAxis->append(regions);
    regionChart->addAxis(regionAxis, Qt::AlignBottom);
    stacked->attachAxis(regionAxis);
    QValueAxis* regionCount = countAxis(maximum);
    regionChart->addAxis(regionCount, Qt::AlignLeft);
    stacked->attachAxis(regionCount);
    m_byRegion->setContent(regionChart, headers, rows);

    // Weeks used against the twelve, of those still in their commitment and of the others.
    auto* weeks = new QHorizontalStackedBarSeries;
    auto* used = new QBarSet(tr("Weeks used"));
    auto* left = new QBarSet(tr("Weeks left"));
    auto* extra = new QBarSet(tr("Voluntary extra"));
    QStringList names;
    QList<QStringList> weekRows;
    double longest = CommitmentLedger::kCommittedWeeks;
    for (const AccreditedAdvisor& a : pool) {
        const CommitmentLedger ledger = a.ledger(rule);
        const bool active = a.state(today) == PoolState::Active;
        names.append(a.candidate.sortName());
        *used << double(ledger.committedUsedUnits()) / CommitmentLedger::kUnitsPerWeek;
        *left << (active ? double(ledger.leftUnits()) / CommitmentLedger::kUnitsPerWeek : 0.0);
        *extra << double(ledger.extraUnits()) / CommitmentLedger::kUnitsPerWeek;
        longest = qMax(longest,
                       double(ledger.committedUsedUnits() + ledger.extraUnits() + (active ? ledger.leftUnits() : 0)) /
                           CommitmentLedger::kUnitsPerWeek);
        weekRows.append({a.candidate.sortName(), labelOf(a.state(today)), ledger.summary(locale)});
    }
    weeks->append({used, left, extra});
    auto* weekChart = new QChart;
    weekChart->addSeries(weeks);
    auto* people = new QBarCategoryAxis;
    people->append(names);
    weekChart->addAxis(people, Qt::AlignLeft);
    weeks->attachAxis(people);
    auto* weekAxis = new QValueAxis;
    weekAxis->setRange(0, longest);
    weekAxis->setLabelFormat(QStringLiteral("%d"));
    weekAxis->setTitleText(tr("Weeks"));
    weekChart->addAxis(weekAxis, Qt::AlignBottom);
    weeks->attachAxis(weekAxis);
    m_weeks->setContent(weekChart, {tr("Name"), tr("State"), tr("Commitment")}, weekRows);

    // Active advisors at the start of each month.
    const auto months = PoolStatistics::activeByMonth(pool, today);
    auto* line = new QLineSeries;
    line->setName(tr("Active advisors"));
    QList<QStringList> monthRows;
    int most = 0;
    for (const auto& [month, active] : months) {
        line->append(double(QDateTime(month, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()), active);
        monthRows.append({locale.toString(month, QStringLiteral("MMMM yyyy")), locale.toString(active)});
        most = qMax(most, active);
    }
    auto* timeChart = new QChart;
    timeChart->addSeries(line);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy"));
    time->setTickCount(qMin(qMax(2, int(months.size() / 12) + 1), 10));
    if (!months.isEmpty()) {
        time->setRange(QDateTime(months.first().first, QTime(0, 0), Qt::UTC),
                       QDateTime(months.last().first, QTime(0, 0), Qt::UTC));
    }
    timeChart->addAxis(time, Qt::AlignBottom);
    line->attachAxis(time);
    QValueAxis* size = countAxis(most);
    timeChart->addAxis(size, Qt::AlignLeft);
    line->attachAxis(size);
    timeChart->legend()->hide();
    m_overTime->setContent(timeChart, {tr("Month"), tr("Active advisors")}, monthRows);

    int active = 0;
    for (const AccreditedAdvisor& a : pool) {
        active += a.state(today) == PoolState::Active ? 1 : 0;
    }
    // Three sentences, each translated whole, so that a count of one reads right.
    const int candidates = store.candidates().count().ok() ? store.candidates().count().value() : 0;
    m_summary->setText(
        tr("%Ln candidate(s) in the file.", nullptr, candidates) + QLatin1Char(' ') +
        tr("%Ln advisor(s) accredited, %1 active.", nullptr, int(pool.size())).arg(locale.toString(active)) +
        QLatin1Char(' ') + tr("Each chart has its figures in its Table tab."));
}
