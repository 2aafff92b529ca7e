// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates/CandidateTableModel.h"

#include "domain/NameCollation.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

/// What a column shows of a candidate, and the text it sorts by when that is not what it
/// shows: one table for the cells, the headers and the sort, so that they cannot disagree.
struct CandidateColumn {
    const char* header;  ///< translated where shown (QT_TRANSLATE_NOOP)
    QString (*text)(const Candidate&);
    QString (*sortKey)(const Candidate&);  ///< null: sorts by text
};

const CandidateColumn kColumns[CandidateTableModel::ColumnCount] = {
    // The one order of names, the CLI's and the printed lists' too: family name, then given
    // names, "Élodie" with the E's.
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Family name"), [](const Candidate& c) { return c.familyName; },
     [](const Candidate& c) { return NameCollation::personText(c.familyName, c.givenNames); }},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Given names"), [](const Candidate& c) { return c.givenNames; }, nullptr},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Administration"), [](const Candidate& c) { return c.administration; },
     nullptr},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Region"),
     [](const Candidate& c) { return c.region ? labelOf(*c.region) : QString(); }, nullptr},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Stage"),
     [](const Candidate& c) {
         return c.isArchived() ? CandidateTableModel::tr("%1 (archived)").arg(labelOf(c.stage)) : labelOf(c.stage);
     },
     // In pipeline order, not by name.
     [](const Candidate& c) { return QString::number(int(c.stage)).rightJustified(3, QLatin1Char('0')); }},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Applied on"),
     [](const Candidate& c) { return QLocale().toString(c.applicationDate, QLocale::ShortFormat); },
     [](const Candidate& c) { return c.applicationDate.toString(Qt::ISODate); }},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Nationality"), [](const Candidate& c) { return c.nationality; },
     nullptr},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "E-mail"), [](const Candidate& c) { return c.email; }, nullptr},
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Position"), [](const Candidate& c) { return c.position; }, nullptr},
    // The model fills this one from the applications it is given (CandidateTableModel::data).
    {QT_TRANSLATE_NOOP("CandidateTableModel", "Workshop applied to"), [](const Candidate&) { return QString(); },
     nullptr},
};

const CandidateColumn& column(int index)
{
    return kColumns[index];
}

}  // namespace

CandidateTableModel::CandidateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CandidateTableModel::setCandidates(QList<Candidate> candidates, QHash<QUuid, QString> appliedTo)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    m_appliedTo = std::move(appliedTo);
    endResetModel();
}

const Candidate& CandidateTableModel::candidateAt(const QModelIndex& index) const
{
    Q_ASSERT(index.isValid() && index.row() < m_candidates.size());
    return m_candidates.at(index.row());
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Candidate& c = m_candidates.at(index.row());
    if (role == CandidateIdRole) {
        return c.meta.id;
    }
    if (role == StageKeyRole) {
        return keyOf(c.stage);
    }
    if (role == Qt::FontRole && c.isArchived()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && c.isArchived()) {
        return QColor(Qt::gray);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    return index.column() == AppliedTo ? m_appliedTo.value(c.meta.id) : column(index.column()).text(c);
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section >= 0 && section < ColumnCount ? tr(column(section).header) : QVariant();
}

void CandidateTableModel::sort(int sortColumn, Qt::SortOrder order)
{
    // The one order of names, the CLI's and the printed lists' too: "Élodie" with the E's.
    const NameCollation collator;
    // Any other column (-1: no sort column) sorts by name.
    const CandidateColumn& by = column(sortColumn >= 0 && sortColumn < ColumnCount ? sortColumn : FamilyName);
    const auto key = by.sortKey ? by.sortKey : by.text;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QUuid> ids;
    for (const QModelIndex& i : before) {
        ids.append(m_candidates.at(i.row()).meta.id);
    }
    // One sort key per row, computed once: comparing through the collator builds two keys
    // per comparison, which ten thousand rows notice.
    // The keys are kept between sorts: every keystroke of the quick filter sorts the rows
    // again, mostly the same texts, and a key costs far more than a lookup.
    if (m_sortKeys.size() > 4 * std::max<qsizetype>(m_candidates.size(), 1000)) {
        m_sortKeys.clear();
    }
    QList<QPair<QCollatorSortKey, int>> keys;
    keys.reserve(m_candidates.size());
    for (int row = 0; row < m_candidates.size(); ++row) {
        const QString text =
            sortColumn == AppliedTo ? m_appliedTo.value(m_candidates.at(row).meta.id) : key(m_candidates.at(row));
        auto cached = m_sortKeys.constFind(text);
        if (cached == m_sortKeys.cend()) {
            cached = m_sortKeys.insert(text, collator.sortKey(text));
        }
        keys.append({cached.value(), row});
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int compared = a.first.compare(b.first);
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    });
    QList<Candidate> sorted;
    sorted.reserve(m_candidates.size());
    for (const auto& entry : keys) {
        sorted.append(std::move(m_candidates[entry.second]));
    }
    m_candidates = std::move(sorted);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const auto found = std::find_if(m_candidates.cbegin(), m_candidates.cend(),
                                        [&](const Candidate& c) { return c.meta.id == ids.at(i); });
        after.append(index(int(found - m_candidates.cbegin()), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
