// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cards of one stage of the pipeline board, as a list model whose items can be dragged
// to another stage. A drop records nothing: it asks the board to open the decision dialog,
// where the rules decide.

#include "domain/Pipeline.h"

#include <QAbstractListModel>

class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CandidateIdRole = Qt::UserRole + 1, FlagsRole, AdministrationRole, RegionRole };
    static constexpr const char* kMimeType = "application/x-accreditation-desk-candidate";

    PipelineColumnModel(Stage stage, QObject* parent = nullptr);

    Stage stage() const { return m_stage; }
    void setCards(QList<PipelineCard> cards);
    const PipelineCard& cardAt(int row) const { return m_cards.at(row); }
    int rowOf(const QUuid& candidateId) const;

    /// The flags of a card in words ("commitment missing, not informed"); empty when none.
    static QStringList flagsOf(const PipelineCard& card);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    /// A card of another column was dropped here.
    void cardDropped(const QUuid& candidateId, Stage to);

private:
    Stage m_stage;
    QList<PipelineCard> m_cards;
};
