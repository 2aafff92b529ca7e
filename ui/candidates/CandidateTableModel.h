// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The candidates of a file as a table: our own model over core's Candidate values, never
// a raw SQL model (which would hold a read lock on the shared file while it fetches).

#include "domain/Candidate.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FamilyName,
        GivenNames,
        Administration,
        Region,
        Stage,
        ApplicationDate,
        Nationality,
        Email,
        Position,
        AppliedTo,  ///< the workshop applied to (not a field of Candidate: given with the list)
        ColumnCount
    };
    enum Role { CandidateIdRole = Qt::UserRole + 1, StageKeyRole };

    explicit CandidateTableModel(QObject* parent = nullptr);

    /// `appliedTo`: the title of the workshop each candidate applied to, by candidate id.
    void setCandidates(QList<Candidate> candidates, QHash<QUuid, QString> appliedTo = {});
    const Candidate& candidateAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int sortColumn, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<Candidate> m_candidates;
    QHash<QUuid, QString> m_appliedTo;
    QHash<QString, QCollatorSortKey> m_sortKeys;  ///< the collator's key of each text sorted by
};
