// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result of a search for who is free, as two tables: the advisors available, best
// fit first, with the reasons for their place; and those left out, with why.

#include "pool/AvailabilitySearch.h"

#include <QAbstractTableModel>

class AvailabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Part { Available, Excluded };
    enum Column { Rank, Name, Score, WeeksLeft, Reasons, ColumnCount };

    explicit AvailabilityModel(Part part, QObject* parent = nullptr);

    void setResult(const AvailabilityResult& result);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Part m_part;
    AvailabilityResult m_result;
};
