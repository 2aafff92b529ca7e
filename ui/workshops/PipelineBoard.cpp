// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/PipelineBoard.h"

#include "candidates/DecisionDialog.h"
#include "domain/Pipeline.h"
#include "workshops/PipelineColumnModel.h"
#include "print/PrintMenus.h"
#include "store/Store.h"
#include "store/Decisions.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// Paints a card: the name in bold, the administration, then the region and the flags.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {option.rect.width() > 0 ? option.rect.width() : 200, option.fontMetrics.lineSpacing() * 4 + 14};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect card = option.rect.adjusted(4, 3, -4, -3);
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;
        const QPalette& palette = option.palette;
        // The card with the keyboard focus carries a thick ring in the highlight colour: the
        // one the arrows and Enter act on must be seen at a glance.
        painter->setPen(QPen(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                             focused ? 3.0 : 1.0));
        painter->setBrush(selected ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Base));
        painter->drawRoundedRect(card, 5, 5);
        const QRect text = card.adjusted(8, 5, -8, -5);
        const int line = option.fontMetrics.lineSpacing();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setPen(palette.color(QPalette::Text));
        painter->setFont(bold);
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const auto elided = [&](const QString& s) {
            return option.fontMetrics.elidedText(s, Qt::ElideRight, text.width());
        };
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          elided(index.data(PipelineColumnModel::AdministrationRole).toString()));
        painter->drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          elided(index.data(PipelineColumnModel::RegionRole).toString()));
        const QStringList flags = index.data(PipelineColumnModel::FlagsRole).toStringList();
        if (!flags.isEmpty()) {
            painter->setPen(QColor(0x9a, 0x1f, 0x1f));
            painter->drawText(QRect(text.left(), text.top() + 3 * line, text.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              elided(QStringLiteral("⚑ ") + flags.join(QStringLiteral(" · "))));
        }
        painter->restore();
    }
};

/// The stages in the order of the pipeline, then the ways out of it.
const QList<Stage> kFlow = {Stage::Applied,   Stage::Waitlisted,     Stage::Selected,
                            Stage::Confirmed, Stage::WorkshopPassed, Stage::Accredited};
const QList<Stage> kWaysOut = {Stage::NotSelected, Stage::WorkshopFailed,  Stage::NotAccredited,
                               Stage::Withdrawn,   Stage::CommitmentEnded, Stage::Retired};

}  // namespace

PipelineBoard::PipelineBoard(QWidget* parent)
    : WorkshopView(parent)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto* strip = new QWidget;
    auto* columns = new QHBoxLayout(strip);
    columns->setContentsMargins(4, 4, 4, 4);
    columns->setSpacing(8);
    for (Stage stage : kFlow + kWaysOut) {
        auto* model = new PipelineColumnModel(stage, this);
        auto* holder = new QWidget(strip);
        auto* header = new QLabel(holder);
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        header->setMinimumHeight(header->fontMetrics().lineSpacing() * 2 + 2);  // columns line up when a label wraps
        header->setObjectName(QStringLiteral("boardHeader_") + keyOf(stage));
        auto* view = new QListView(holder);
        view->setObjectName(QStringLiteral("boardColumn_") + keyOf(stage));
        view->setModel(model);
        view->setItemDelegate(new CardDelegate(view));
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setUniformItemSizes(true);
        view->installEventFilter(this);
        header->setBuddy(view);
        connect(model, &PipelineColumnModel::cardDropped, this, [this](const QUuid& id, Stage to) { decide(id, to); });
        connect(view, &QListView::activated, this,
                [this, model](const QModelIndex& index) { decide(model->cardAt(index.row()).candidateId); });
        // One card selected on the whole board: each column keeps a selection of its own,
        // and "the selected candidate" the buttons act on must be the card picked last.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex& current) {
                    if (current.isValid()) {
                        for (QListView* other : std::as_const(m_views)) {
                            if (other != view && other->selectionModel()->hasSelection()) {
                                other->selectionModel()->clear();
                            }
                            if (other != view && other->currentIndex().isValid()) {
                                other->selectionModel()->clearCurrentIndex();
                            }
                        }
                    }
                    updateButtons();
                });
        auto* column = new QVBoxLayout(holder);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(header);
        column->addWidget(view, 1);
        columns->addWidget(holder, 0, Qt::AlignLeft);
        m_columns.insert(stage, holder);
        m_models.insert(stage, model);
        m_views.insert(stage, view);
        m_headers.insert(stage, header);
    }
    columns->addStretch(1);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setAccessibleName(tr("Stages of the pipeline"));
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setFrameShape(QFrame::NoFrame);

    m_decide = new QPushButton(tr("&Decide…"), this);
    m_decide->setObjectName(QStringLiteral("boardDecide"));
    m_decide->setToolTip(tr("Record a decision about the selected candidate (Enter on a card does the same)."));
    connect(m_decide, &QPushButton::clicked, this, [this]() { decide(currentCandidate()); });
    auto* hint =
        new QLabel(tr("Drag a card to another stage, or select it and press Enter, to record a decision."), this);
    hint->setWordWrap(true);
    m_everyStage = new QCheckBox(tr("Show &every stage"), this);
    m_everyStage->setObjectName(QStringLiteral("boardEveryStage"));
    m_everyStage->setToolTip(tr("Also show the ways out of the pipeline that hold nobody now."));
    connect(m_everyStage, &QCheckBox::toggled, this, &PipelineBoard::reload);
    auto* bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(m_everyStage);
    bar->addWidget(m_decide);
    auto* print = new QToolButton(this);
    print->setObjectName(QStringLiteral("boardPrint"));
    print->setText(tr("&Print Sheet"));
    print->setAccessibleName(tr("Print the selected candidate's sheet or letter"));
    print->setPopupMode(QToolButton::InstantPopup);
    print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    print->setMenu(PrintMenus::candidateMenu(
        this, [this]() { return store(); }, [this]() { return currentCandidate(); }));
    bar->addWidget(print);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    reload();
}

void PipelineBoard::reload()
{
    const QUuid current = currentCandidate();
    QHash<Stage, QList<PipelineCard>> perStage;
    if (store()) {
        const auto cards = store()->decisions().cards(workshop());
        for (const PipelineCard& card : cards.ok() ? cards.value() : QList<PipelineCard>()) {
            perStage[card.stage].append(card);
        }
    }
    for (Stage stage : allOf<Stage>()) {
        const int count = int(perStage.value(stage).size());
        m_models.value(stage)->setCards(perStage.value(stage));
        m_headers.value(stage)->setText(tr("<b>%1</b> (%2)").arg(labelOf(stage).toHtmlEscaped()).arg(count));
        m_views.value(stage)->setAccessibleName(tr("%1, %n candidate(s)", nullptr, count).arg(labelOf(stage)));
        // The pipeline's own stages always show, so a card can be dropped on them; a way
        // out that holds nobody only takes room when asked for.
        m_columns.value(stage)->setVisible(count > 0 || kFlow.contains(stage) || m_everyStage->isChecked());
        const int width = count > 0 ? 190 : 130;
        m_views.value(stage)->setFixedWidth(width);
        m_headers.value(stage)->setFixedWidth(width);
    }
    if (!current.isNull()) {
        focusCandidate(current);
    }
    updateButtons();
}

bool PipelineBoard::focusCandidate(const QUuid& candidateId)
{
    for (Stage stage : allOf<Stage>()) {
        const int row = m_models.value(stage)->rowOf(candidateId);
        if (row >= 0) {
            QListView* view = m_views.value(stage);
            view->setCurrentIndex(m_models.value(stage)->index(row));
            view->setFocus();
            return true;
        }
    }
    return false;
}

QUuid PipelineBoard::currentCandidate() const
{
    QWidget* focus = QApplication::focusWidget();
    for (Stage stage : allOf<Stage>()) {
        QListView* view = m_views.value(stage);
        if (view == focus && view->currentIndex().isValid()) {
            return m_models.value(stage)->cardAt(view->currentIndex().row()).candidateId;
        }
    }
    // Without focus on the board, the card selected (one on the whole board).
    for (Stage stage : allOf<Stage>()) {
        QListView* view = m_views.value(stage);
        if (view->selectionModel()->hasSelection() && view->currentIndex().isValid()) {
            return m_models.value(stage)->cardAt(view->currentIndex().row()).candidateId;
        }
    }
    return {};
}

DecisionDialog* PipelineBoard::decide(const QUuid& candidateId, std::optional<Stage> target)
{
    if (!store() || candidateId.isNull()) {
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new DecisionDialog(store(), candidateId, target, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, candidateId]() {
        reload();
        focusCandidate(candidateId);
        emit decided(candidateId);
    });
    m_dialog->open();
    return m_dialog;
}

bool PipelineBoard::eventFilter(QObject* watched, QEvent* event)
{
    // Left / Right (with or without Ctrl) move the focus to the card beside, in the next
    // column that holds one, so the board is usable without a mouse (a column is one card
    // wide: the arrows would only scroll the board); Up / Down move within the column, and
    // Enter on a card opens the decision dialog (QListView::activated).
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers others = key->modifiers() & ~(Qt::ControlModifier | Qt::KeypadModifier);
        if ((key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) && others == Qt::NoModifier) {
            const QList<Stage> stages = kFlow + kWaysOut;
            int at = -1;
            for (int i = 0; i < stages.size(); ++i) {
                at = m_views.value(stages.at(i)) == watched ? i : at;
            }
            const int step = key->key() == Qt::Key_Right ? 1 : -1;
            for (int i = at + step; at >= 0 && i >= 0 && i < stages.size(); i += step) {
                QListView* next = m_views.value(stages.at(i));
                if (next->model()->rowCount() > 0 && next->isVisibleTo(this)) {
                    // The card at the same height, or the last one of a shorter column.
                    const auto* from = qobject_cast<QListView*>(watched);
                    const int row = from && from->currentIndex().isValid() ? from->currentIndex().row() : 0;
                    next->setFocus(key->key() == Qt::Key_Right ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    next->setCurrentIndex(next->model()->index(std::min(row, next->model()->rowCount() - 1), 0));
                    m_scroll->ensureWidgetVisible(next);
                    return true;
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineBoard::updateButtons()
{
    m_decide->setEnabled(store() && !store()->isReadOnly() && !currentCandidate().isNull());
}
