// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/PipelineColumnModel.h"

#include <QMimeData>

PipelineColumnModel::PipelineColumnModel(Stage stage, QObject* parent)
    : QAbstractListModel(parent)
    , m_stage(stage)
{
}

void PipelineColumnModel::setCards(QList<PipelineCard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

int PipelineColumnModel::rowOf(const QUuid& candidateId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).candidateId == candidateId) {
            return row;
        }
    }
    return -1;
}

QStringList PipelineColumnModel::flagsOf(const PipelineCard& card)
{
    QStringList flags;
    if (card.commitmentMissing) {
        flags.append(tr("commitment missing"));
    }
    if (card.notInformed) {
        flags.append(tr("not informed"));
    }
    if (card.screeningShort) {
        flags.append(tr("screening short"));
    }
    return flags;
}

int PipelineColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant PipelineColumnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size()) {
        return {};
    }
    const PipelineCard& card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return card.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts = {card.name, card.administration};
        if (card.region) {
            parts.append(labelOf(*card.region));
        }
        parts.append(flagsOf(card));
        return parts.join(QStringLiteral(", "));
    }
    case CandidateIdRole:
        return card.candidateId;
    case FlagsRole:
        return flagsOf(card);
    case AdministrationRole:
        return card.administration;
    case RegionRole:
        return card.region ? labelOf(*card.region) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData* PipelineColumnModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    auto* data = new QMimeData;
    data->setData(QLatin1String(kMimeType),
                  m_cards.at(indexes.constFirst().row()).candidateId.toString(QUuid::WithoutBraces).toLatin1());
    return data;
}

bool PipelineColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    if (!data || !data->hasFormat(QLatin1String(kMimeType))) {
        return false;
    }
    return rowOf(QUuid::fromString(QString::fromLatin1(data->data(QLatin1String(kMimeType))))) < 0;
}

bool PipelineColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                       const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    emit cardDropped(QUuid::fromString(QString::fromLatin1(data->data(QLatin1String(kMimeType)))), m_stage);
    return false;  // nothing moves until the decision is recorded; the board then reloads
}

Qt::DropActions PipelineColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
