// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/AuditTrailModel.h"

#include "store/AuditLabels.h"
#include "domain/TextFold.h"
#include "domain/Vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace {

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// What an entry is about, in words: the candidate's name, the move, the title.
QString recordOf(const AuditEntry& entry)
{
    const QJsonObject after = parse(entry.newValue);
    const QJsonObject object = after.isEmpty() ? parse(entry.oldValue) : after;
    if (object.contains(QStringLiteral("family_name"))) {
        return QString(object.value(QStringLiteral("given_names")).toString() + QLatin1Char(' ') +
                       object.value(QStringLiteral("family_name")).toString())
            .trimmed();
    }
    if (object.contains(QStringLiteral("from")) && object.contains(QStringLiteral("to"))) {
        const auto from = fromKey<Stage>(object.value(QStringLiteral("from")).toString());
        const auto to = fromKey<Stage>(object.value(QStringLiteral("to")).toString());
        if (from && to) {
            return AuditTrailModel::tr("%1 → %2").arg(labelOf(*from), labelOf(*to));
        }
    }
    for (const char* key : {"title", "name", "file_name", "reviewer", "person"}) {
        if (object.contains(QLatin1String(key))) {
            return object.value(QLatin1String(key)).toString();
        }
    }
    if (object.contains(QStringLiteral("backups_to_keep"))) {
        return AuditTrailModel::tr("Daily backups kept: %1")
            .arg(object.value(QStringLiteral("backups_to_keep")).toInt());
    }
    return entry.entity;
}

QString pretty(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isNull() ? AuditTrailModel::tr("(nothing)")
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

}  // namespace

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_records.clear();
    for (const AuditEntry& entry : m_entries) {
        m_records.append(recordOf(entry));
    }
    endResetModel();
}

QStringList AuditTrailModel::actors() const
{
    QSet<QString> seen;
    QStringList actors;
    for (const AuditEntry& entry : m_entries) {
        if (!seen.contains(entry.actor)) {
            seen.insert(entry.actor);
            actors.append(entry.actor);
        }
    }
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
        return entry.actor;
    case DateRole:
        return entry.at.toLocalTime().date();
    case DetailsRole:
        return tr("Before:\n%1\n\nAfter:\n%2").arg(pretty(entry.oldValue), pretty(entry.newValue));
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return entry.actor;
        case What:
            return AuditLabels::action(entry.action);
        case Record:
            return m_records.at(index.row());
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
        return tr("What");
    case Record:
        return tr("Record");
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

bool AuditTrailFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
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
