// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/PoolTableModel.h"

#include <QLocale>

PoolTableModel::PoolTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PoolTableModel::setPool(const QList<AccreditedAdvisor>& pool, WeekCounting rule, const QDate& today)
{
    beginResetModel();
    m_pool = pool;
    m_rule = rule;
    m_today = today;
    endResetModel();
}

int PoolTableModel::rowOf(const QUuid& candidateId) const
{
    for (int row = 0; row < m_pool.size(); ++row) {
        if (m_pool.at(row).candidate.meta.id == candidateId) {
            return row;
        }
    }
    return -1;
}

int PoolTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pool.size());
}

int PoolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_pool.size()) {
        return {};
    }
    const AccreditedAdvisor& a = m_pool.at(index.row());
    if (role == IdRole) {
        return a.candidate.meta.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return a.candidate.sortName();
    case Region:
        return a.candidate.region ? labelOf(*a.candidate.region) : QString();
    case State:
        return labelOf(a.state(m_today));
    case AccreditedOn:
        return locale.toString(a.accreditedOn, QLocale::ShortFormat);
    case Commitment:
        return a.ledger(m_rule).summary(locale);
    case LeavesPool:
        return locale.toString(a.leavesWithin(m_today), QLocale::ShortFormat);
    case Unavailable: {
        QStringList periods;
        for (const Unavailability& u : a.unavailability) {
            if (u.to >= m_today) {  // what is past no longer matters for planning
                periods.append(tr("%1 – %2: %3")
                                   .arg(locale.toString(u.from, QLocale::ShortFormat),
                                        locale.toString(u.to, QLocale::ShortFormat), u.reason));
            }
        }
        return periods.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Region:
        return tr("Region");
    case State:
        return tr("State");
    case AccreditedOn:
        return tr("Accredited on");
    case Commitment:
        return tr("Commitment");
    case LeavesPool:
        return tr("Leaves the pool");
    case Unavailable:
        return tr("Unavailable");
    default:
        return {};
    }
}
