// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/FrozenColumnsTable.h"

#include <QHeaderView>
#include <QScrollBar>

namespace {

/// The least room the scrolling columns keep beside the frozen ones, in pixels.
constexpr int kRoomToScroll = 80;

}  // namespace

FrozenColumnsTable::FrozenColumnsTable(const QList<int>& frozen, QWidget* parent)
    : QTableView(parent)
    , m_frozenColumns(frozen)
    , m_frozen(new QTableView(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumns"));
    m_frozen->setAccessibleName(tr("Names and stages of the candidates"));
    m_frozen->setFocusPolicy(Qt::NoFocus);  // the table below takes the keyboard; this only shows
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setSelectionBehavior(SelectRows);
    m_frozen->setSelectionMode(SingleSelection);
    m_frozen->setWordWrap(false);
    m_frozen->setStyleSheet(QStringLiteral("QTableView#frozenColumns { border: none; border-right: 1px solid "
                                           "palette(mid); }"));
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->stackUnder(m_frozen);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (m_frozenColumns.contains(logical)) {
            m_frozen->setColumnWidth(logical, size);
            placeFrozenView();
        }
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this]() { syncFrozenColumns(); });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    // The frozen headers sort as the table's own would.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        const QHeaderView* header = horizontalHeader();
        const Qt::SortOrder order =
            header->sortIndicatorSection() == logical && header->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        sortByColumn(logical, order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
}

void FrozenColumnsTable::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    syncFrozenColumns();
}

void FrozenColumnsTable::syncFrozenColumns()
{
    if (!model() || m_syncing) {
        return;
    }
    m_syncing = true;
    QHeaderView* header = horizontalHeader();
    for (int at = 0; at < m_frozenColumns.size(); ++at) {
        const int from = header->visualIndex(m_frozenColumns.at(at));
        if (from != at && from >= 0) {
            header->moveSection(from, at);
        }
    }
    for (int column = 0; column < model()->columnCount(); ++column) {
        m_frozen->setColumnHidden(column, !m_frozenColumns.contains(column) || isColumnHidden(column));
        m_frozen->setColumnWidth(column, columnWidth(column));
    }
    QHeaderView* frozenHeader = m_frozen->horizontalHeader();
    for (int at = 0; at < m_frozenColumns.size(); ++at) {
        const int from = frozenHeader->visualIndex(m_frozenColumns.at(at));
        if (from != at && from >= 0) {
            frozenHeader->moveSection(from, at);
        }
    }
    frozenHeader->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_syncing = false;
    placeFrozenView();
}

int FrozenColumnsTable::frozenWidth() const
{
    int width = 0;
    for (int column : m_frozenColumns) {
        width += isColumnHidden(column) ? 0 : columnWidth(column);
    }
    return width;
}

void FrozenColumnsTable::placeFrozenView()
{
    // Over the left edge of the viewport, the header included, as wide as the frozen columns.
    m_frozen->setGeometry(viewport()->geometry().left(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
    // Frozen columns as wide as the viewport would leave nothing to scroll into sight: the
    // table then scrolls whole, the frozen columns first.
    m_frozen->setVisible(frozenWidth() > 0 && frozenWidth() + kRoomToScroll < viewport()->width());
}

void FrozenColumnsTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeFrozenView();
}

void FrozenColumnsTable::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozenView();
}

QModelIndex FrozenColumnsTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // A cell moved to by the keyboard is not left hidden under the frozen columns.
    if (cursorAction == MoveLeft && current.isValid() && !m_frozenColumns.contains(current.column()) &&
        visualRect(current).left() < frozenWidth()) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + visualRect(current).left() - frozenWidth());
    }
    return current;
}

void FrozenColumnsTable::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    // The frozen columns are always in sight: going to one of them only moves up or down.
    const int sideways = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (index.isValid() && m_frozenColumns.contains(index.column())) {
        horizontalScrollBar()->setValue(sideways);
    }
}
