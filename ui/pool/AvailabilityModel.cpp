// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/AvailabilityModel.h"

#include <QLocale>

AvailabilityModel::AvailabilityModel(Part part, QObject* parent)
    : QAbstractTableModel(parent)
    , m_part(part)
{
}

void AvailabilityModel::setResult(const AvailabilityResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int AvailabilityModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return int(m_part == Part::Available ? m_result.ranked.size() : m_result.excluded.size());
}

int AvailabilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const QLocale locale;
    if (m_part == Part::Excluded) {
        const AvailabilityExclusion& e = m_result.excluded.at(index.row());
        switch (index.column()) {
        case Name:
            return e.advisor.candidate.sortName();
        case Reasons:
            return e.reasons.join(QLatin1Char(' '));
        default:
            return {};
        }
    }
    const AvailabilityMatch& m = m_result.ranked.at(index.row());
    switch (index.column()) {
    case Rank:
        return locale.toString(index.row() + 1);
    case Name:
        return m.advisor.candidate.sortName();
    case Score:
        return locale.toString(m.score);
    case WeeksLeft:
        return CommitmentLedger::weeksText(m.leftUnits, locale);
    case Reasons:
        return m.reasons.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Rank:
        return m_part == Part::Available ? tr("#") : QString();
    case Name:
        return tr("Name");
    case Score:
        return m_part == Part::Available ? tr("Fit") : QString();
    case WeeksLeft:
        return m_part == Part::Available ? tr("Weeks left") : QString();
    case Reasons:
        return m_part == Part::Available ? tr("Why") : tr("Why not");
    default:
        return {};
    }
}
