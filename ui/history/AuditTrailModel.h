// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The audit trail as a table of sentences (AuditSentence), with the filters the history
// view offers (text, kind of change, person, dates, housekeeping shown or not). The whole
// trail is read into memory: no SQL model keeps a read lock on the shared file while the
// dialog is open.

#include "store/AuditEntry.h"
#include "store/AuditSentence.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, GroupRole, ActorRole, DateRole, DetailsRole, HousekeepingRole };

    explicit AuditTrailModel(QObject* parent = nullptr);

    /// The entries, with the names their ids stand for.
    void setEntries(QList<AuditEntry> entries, AuditNames names);
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }
    /// The fields the entry of `row` changed, in words.
    QList<AuditFieldChange> fieldChanges(int row) const;
    /// The people who appear in the trail, by name, for the person filter.
    QStringList actors() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    AuditNames m_names;
    QStringList m_sentences;  ///< what each entry says, worked out once
    QStringList m_actors;  ///< who made each entry, by name
};

class AuditTrailFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditTrailFilter(QObject* parent = nullptr);
    void setText(const QString& text);
    void setGroup(const QString& group);  ///< empty: every kind
    void setActor(const QString& actor);  ///< empty: everyone
    void setDates(const QDate& from, const QDate& to);
    void setShowHousekeeping(bool show);  ///< hidden unless asked

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_group;
    QString m_actor;
    QDate m_from;
    QDate m_to;
    bool m_housekeeping = false;
};
