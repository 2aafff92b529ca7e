// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pool of accredited advisors as a table: state, accreditation date, the commitment
// ledger ("5 / 12 weeks, until DATE"), who leaves in the next six months, unavailability.

#include "pool/AccreditedAdvisor.h"

#include <QAbstractTableModel>

class PoolTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Region, State, AccreditedOn, Commitment, LeavesPool, Unavailable, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit PoolTableModel(QObject* parent = nullptr);

    /// Shows `pool`, its ledgers counted under `rule` and states as of `today`.
    void setPool(const QList<AccreditedAdvisor>& pool, WeekCounting rule, const QDate& today);
    const AccreditedAdvisor& advisorAt(int row) const { return m_pool.at(row); }
    const QList<AccreditedAdvisor>& pool() const { return m_pool; }
    int rowOf(const QUuid& candidateId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccreditedAdvisor> m_pool;
    WeekCounting m_rule = WeekCounting::WorkingDays;
    QDate m_today;
};
