// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The activities of the file as a table: dates, title, kind, where, language and who
// takes part. Read-only; the activities page edits through the store and sets them again.

#include "domain/Activity.h"

#include <QAbstractTableModel>
#include <QHash>

class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dates, Title, Kind, Where, Language, Participants, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit ActivityTableModel(QObject* parent = nullptr);

    /// Shows `activities`; `names` gives the participants' names by candidate id.
    void setActivities(const QList<Activity>& activities, const QHash<QUuid, QString>& names);
    const Activity& activityAt(int row) const { return m_activities.at(row); }
    /// The row of the activity `id`; -1 when it is not shown.
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Activity> m_activities;
    QHash<QUuid, QString> m_names;
};
