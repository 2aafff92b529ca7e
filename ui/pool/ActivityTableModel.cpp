// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/ActivityTableModel.h"

#include <QLocale>

ActivityTableModel::ActivityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActivityTableModel::setActivities(const QList<Activity>& activities, const QHash<QUuid, QString>& names)
{
    beginResetModel();
    m_activities = activities;
    m_names = names;
    endResetModel();
}

int ActivityTableModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_activities.size(); ++row) {
        if (m_activities.at(row).meta.id == id) {
            return row;
        }
    }
    return -1;
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_activities.size()) {
        return {};
    }
    const Activity& a = m_activities.at(index.row());
    if (role == IdRole) {
        return a.meta.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Dates:
        return tr("%1 – %2").arg(locale.toString(a.startDate, QLocale::ShortFormat),
                                 locale.toString(a.endDate, QLocale::ShortFormat));
    case Title:
        return a.title;
    case Kind:
        return labelOf(a.kind);
    case Where: {
        if (a.mode == ActivityMode::Online) {
            return labelOf(a.mode);
        }
        QStringList place;
        for (const QString& part : {a.city, a.country}) {
            if (!part.trimmed().isEmpty()) {
                place.append(part.trimmed());
            }
        }
        return place.join(QStringLiteral(", "));
    }
    case Language:
        return a.language;
    case Participants: {
        QStringList people;
        for (const ActivityParticipant& p : a.participants) {
            people.append(tr("%1 (%2)").arg(m_names.value(p.candidateId), labelOf(p.role)));
        }
        return people.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Dates:
        return tr("Dates");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Where:
        return tr("Where");
    case Language:
        return tr("Language");
    case Participants:
        return tr("Participants");
    default:
        return {};
    }
}
