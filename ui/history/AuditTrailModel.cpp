// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/AuditTrailModel.h"

#include "domain/TextFold.h"
#include "store/AuditLabels.h"

#include <QLocale>
#include <QSet>

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setEntries(QList<AuditEntry> entries, AuditNames names)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_names = std::move(names);
    m_sentences.clear();
    m_actors.clear();
    for (const AuditEntry& entry : m_entries) {
        m_sentences.append(AuditSentence::of(entry, m_names));
        m_actors.append(m_names.actor(entry.actor));
    }
    endResetModel();
}

QList<AuditFieldChange> AuditTrailModel::fieldChanges(int row) const
{
    return AuditSentence::fieldChanges(m_entries.at(row), m_names);
}

QStringList AuditTrailModel::actors() const
{
    QStringList actors = QSet<QString>(m_actors.cbegin(), m_actors.cend()).values();
    actors.sort(Qt::CaseInsensitive);
    return actors;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return entry.seq;
    case GroupRole:
        return AuditLabels::group(entry.action);
    case ActorRole:
        return m_actors.at(index.row());
    case DateRole:
        return entry.at.toLocalTime().date();
    case HousekeepingRole:
        return AuditSentence::isHousekeeping(entry.action);
    case DetailsRole: {
        // The changed fields as text, for the search: "Region: Europe → Asia Pacific".
        QStringList lines;
        for (const AuditFieldChange& change : fieldChanges(index.row())) {
            lines.append(tr("%1: %2 → %3").arg(change.label, change.before, change.after));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (index.column() == Who) {
            return entry.actor;  // the account and the computer, as recorded
        }
        if (index.column() == What) {
            return m_sentences.at(index.row());  // whole, when the column cuts it
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return m_actors.at(index.row());
        case What:
            return m_sentences.at(index.row());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What happened");
    default:
        return {};
    }
}

AuditTrailFilter::AuditTrailFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void AuditTrailFilter::setText(const QString& text)
{
    m_text = TextFold::fold(text.trimmed());
    invalidateFilter();
}

void AuditTrailFilter::setGroup(const QString& group)
{
    m_group = group;
    invalidateFilter();
}

void AuditTrailFilter::setActor(const QString& actor)
{
    m_actor = actor;
    invalidateFilter();
}

void AuditTrailFilter::setDates(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void AuditTrailFilter::setShowHousekeeping(bool show)
{
    m_housekeeping = show;
    invalidateFilter();
}

bool AuditTrailFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_housekeeping && first.data(AuditTrailModel::HousekeepingRole).toBool()) {
        return false;
    }
    if (!m_group.isEmpty() && first.data(AuditTrailModel::GroupRole).toString() != m_group) {
        return false;
    }
    if (!m_actor.isEmpty() && first.data(AuditTrailModel::ActorRole).toString() != m_actor) {
        return false;
    }
    const QDate date = first.data(AuditTrailModel::DateRole).toDate();
    if ((m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to)) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column = 0; column < AuditTrailModel::ColumnCount; ++column) {
        if (TextFold::fold(model->index(sourceRow, column, sourceParent).data().toString()).contains(m_text)) {
            return true;
        }
    }
    return TextFold::fold(first.data(AuditTrailModel::DetailsRole).toString()).contains(m_text);
}
