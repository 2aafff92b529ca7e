// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoresGridModel.h"

#include "assessment/AssessmentRecords.h"
#include "domain/Person.h"
#include "domain/Score.h"
#include "store/Assessment.h"
#include "store/ReviewFile.h"
#include "store/Store.h"

#include <QBrush>
#include <QPalette>

namespace {

/// A criterion's name on up to three short lines, the rest elided: the columns stay narrow
/// enough for a workshop's 35 criteria, and the tooltip gives the whole name.
QString columnTitle(const QString& name)
{
    constexpr int kWidth = 12;
    constexpr int kLines = 3;
    QStringList lines;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= kWidth) {
            lines.last() += QLatin1Char(' ') + word;
        } else {
            lines.append(word);
        }
    }
    if (lines.size() > kLines) {
        lines = lines.mid(0, kLines);
        lines.last() += QStringLiteral("…");
    }
    return lines.join(QLatin1Char('\n'));
}

QString cellOf(const QUuid& candidate, const QString& key)
{
    return candidate.toString() + QLatin1Char('/') + key;
}

}  // namespace

ScoresGridModel::ScoresGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScoresGridModel::load(Store* store, ReviewFile* review, const QUuid& workshopId)
{
    beginResetModel();
    m_store = store;
    m_review = review;
    m_workshop = workshopId;
    m_sheet = WorkshopSheet();
    m_stored.clear();
    m_storedVersion.clear();
    m_storedAt.clear();
    m_submitted.clear();
    m_pending.clear();
    m_mode = Mode::None;
    if (m_store && !m_workshop.isNull()) {
        if (m_store->role() == PersonRole::Reviewer && m_review) {
            m_mode = Mode::Reviewer;
        } else if (m_store->role() == PersonRole::Officer && !m_store->isReadOnly()) {
            m_mode = Mode::Consensus;
        } else {
            m_mode = Mode::ReadOnly;
        }
        const auto sheet =
            BulkScores::sheet(*m_store, m_workshop, m_mode == Mode::Reviewer ? m_review : nullptr, m_round);
        m_sheet = sheet.ok() ? sheet.value() : WorkshopSheet();
        if (m_mode == Mode::Reviewer) {
            const auto own = m_review->scores();
            for (const Score& s : own.ok() ? own.value() : QList<Score>()) {
                if (s.round != m_round) {
                    continue;  // another round's form
                }
                if (s.rating) {
                    m_stored.insert(cellOf(s.candidateId, s.criterionKey), *s.rating);
                }
                // Of an unrated draft too (a comment kept): a rating typed over it is saved
                // only over this version.
                m_storedVersion.insert(cellOf(s.candidateId, s.criterionKey), s.meta.rowVersion);
                if (s.isSubmitted()) {
                    m_submitted.insert(s.candidateId);
                }
            }
        } else {
            for (const SheetCandidate& c : std::as_const(m_sheet.candidates)) {
                const auto held = m_store->assessment().consensus(c.id);
                for (const ConsensusRating& r : held.ok() ? held.value() : QList<ConsensusRating>()) {
                    if (r.round != m_round) {
                        continue;
                    }
                    m_stored.insert(cellOf(c.id, r.criterionKey), r.rating);
                    m_storedAt.insert(cellOf(c.id, r.criterionKey), r.recordedAt);
                }
            }
        }
    }
    endResetModel();
}

int ScoresGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.candidates.size());
}

int ScoresGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.criteria.size());
}

const FormCriterion* ScoresGridModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_sheet.candidates.size() || index.column() >= m_sheet.criteria.size()) {
        return nullptr;
    }
    // The candidate's own form decides: an appraisal of an activity they were not in is not theirs.
    return m_sheet.candidates.at(index.row()).form.criterion(m_sheet.criteria.at(index.column()).key);
}

std::optional<int> ScoresGridModel::storedAt(int row, int column) const
{
    const QString cell = cellOf(m_sheet.candidates.at(row).id, m_sheet.criteria.at(column).key);
    return m_stored.contains(cell) ? std::optional<int>(m_stored.value(cell)) : std::nullopt;
}

std::optional<int> ScoresGridModel::shownAt(int row, int column) const
{
    const quint64 key = cellKey(row, column);
    return m_pending.contains(key) ? std::optional<int>(m_pending.value(key)) : storedAt(row, column);
}

QVariant ScoresGridModel::data(const QModelIndex& index, int role) const
{
    const FormCriterion* item = itemAt(index);
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const SheetCandidate& candidate = m_sheet.candidates.at(index.row());
    const std::optional<int> rating = shownAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item && rating ? QVariant(*rating) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        break;
    case Qt::BackgroundRole:
        if (!item) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Window));
        }
        if (m_pending.contains(cellKey(index.row(), index.column()))) {
            return QBrush(QPalette().color(QPalette::Inactive, QPalette::Highlight).lighter(170));
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        if (!item) {
            return tr("%1's form has no \"%2\".").arg(candidate.name, m_sheet.criteria.at(index.column()).name);
        }
        QString text = tr("%1 — %2").arg(candidate.name, item->name);
        if (rating) {
            // The level's descriptor: what a reviewer must have seen to give it.
            text += QLatin1Char('\n') + candidate.form.ratingLabel(item->key, *rating);
            if (item->kind != CriterionKind::Hard) {
                for (const ScaleLevel& level : candidate.form.scale) {
                    if (level.rating == *rating && !level.descriptor.isEmpty()) {
                        text += QStringLiteral(": ") + level.descriptor;
                    }
                }
            }
        } else if (isClearing(index)) {
            text += QLatin1Char('\n') + tr("Rating cleared");
        } else {
            text += QLatin1Char('\n') + tr("Not rated");
        }
        if (m_pending.contains(cellKey(index.row(), index.column()))) {
            text += QLatin1Char('\n') + tr("Not saved yet");
        }
        return text;
    }
    default:
        break;
    }
    return {};
}

QVariant ScoresGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_sheet.criteria.size()) {
        const FormCriterion& item = m_sheet.criteria.at(section);
        if (role == Qt::DisplayRole) {
            return columnTitle(item.name);
        }
        if (role == Qt::ToolTipRole) {
            QStringList keys;
            for (const FormCriterion& other : m_sheet.criteria) {
                keys.append(other.key);
            }
            const QString code = ScoreSheet::criterionCode(item.key, keys);  // as the blank sheet gives it
            return item.description.isEmpty() ? tr("%1\nCode: %2").arg(item.name, code)
                                              : tr("%1\n%2\nCode: %3").arg(item.name, item.description, code);
        }
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_sheet.candidates.size()) {
        const SheetCandidate& c = m_sheet.candidates.at(section);
        if (role == Qt::DisplayRole) {
            return tr("%1 (%2)").arg(c.name, c.code);
        }
        if (role == Qt::ToolTipRole && m_submitted.contains(c.id)) {
            return tr("You submitted your form of %1: it is read only.").arg(c.name);
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ScoresGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool writable = m_mode == Mode::Consensus ||
                          (m_mode == Mode::Reviewer && !m_submitted.contains(m_sheet.candidates.at(index.row()).id));
    if (itemAt(index) && writable) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QString ScoresGridModel::problemWith(const QModelIndex& index, const QString& text) const
{
    const FormCriterion* item = itemAt(index);
    if (!index.isValid()) {
        return tr("There is no cell there.");
    }
    const SheetCandidate& candidate = m_sheet.candidates.at(index.row());
    if (!item) {
        return tr("%1's form has no \"%2\".").arg(candidate.name, m_sheet.criteria.at(index.column()).name);
    }
    if (!(flags(index) & Qt::ItemIsEditable)) {
        return m_mode == Mode::Reviewer
                   ? tr("You submitted your form of %1; submitted scores are final.").arg(candidate.name)
                   : tr("You may not change these ratings.");
    }
    bool whole = false;
    const int rating = text.trimmed().toInt(&whole);
    if (!whole) {
        return tr("\"%1\" is not a rating; type a whole number from 0 to %2.").arg(text).arg(Score::kMaxRating);
    }
    const Status valid = candidate.form.checkRating(item->key, rating);
    return valid.ok() ? QString() : valid.message();
}

bool ScoresGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()) {
        return false;
    }
    const quint64 key = cellKey(index.row(), index.column());
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        // The cell is emptied: what was typed goes, and a stored rating is to be cleared.
        const bool stored = storedAt(index.row(), index.column()).has_value();
        if (stored && problemWithClearing(index).isEmpty()) {
            if (isClearing(index)) {
                return false;
            }
            m_pending.insert(key, std::nullopt);
        } else if (!m_pending.remove(key)) {
            return false;
        }
        emit dataChanged(index, index);
        return true;
    }
    if (!problemWith(index, text).isEmpty()) {
        return false;
    }
    const int rating = text.toInt();
    if (storedAt(index.row(), index.column()) == rating) {
        m_pending.remove(key);  // typed back what is stored: nothing to save
    } else {
        m_pending.insert(key, rating);
    }
    emit dataChanged(index, index);
    return true;
}

QString ScoresGridModel::paste(const QModelIndex& topLeft, const QString& text)
{
    if (!topLeft.isValid()) {
        return tr("Choose the cell where the block starts, then paste.");
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty()) {
        lines.removeLast();  // a spreadsheet ends its copy with a line break
    }
    QList<std::pair<QModelIndex, QString>> cells;
    for (int r = 0; r < lines.size(); ++r) {
        QString line = lines.at(r);
        line.remove(QLatin1Char('\r'));
        const QStringList values = line.split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const QModelIndex at = index(topLeft.row() + r, topLeft.column() + c);
            if (!at.isValid()) {
                return tr("The block is larger than the grid from this cell (%n row(s) by %1 column(s)); nothing "
                          "was pasted.",
                          nullptr, int(lines.size()))
                    .arg(values.size());
            }
            const QString value = values.at(c).trimmed();
            if (value.isEmpty()) {
                continue;  // a blank cell of the block leaves the grid's cell as it is
            }
            if (const QString problem = problemWith(at, value); !problem.isEmpty()) {
                return tr("Row %1 of the block, column %2: %3 Nothing was pasted.").arg(r + 1).arg(c + 1).arg(problem);
            }
            cells.append({at, value});
        }
    }
    for (const auto& [at, value] : cells) {
        setData(at, value);
    }
    return {};
}

QString ScoresGridModel::describeRow(int row, int column) const
{
    if (row < 1 || row > m_sheet.candidates.size() || column < 0 || column >= m_sheet.criteria.size()) {
        return {};
    }
    return tr("%1, %2").arg(m_sheet.candidates.at(row - 1).name, m_sheet.criteria.at(column).name);
}

QString ScoresGridModel::problemWithClearing(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return tr("There is no cell there.");
    }
    const SheetCandidate& candidate = m_sheet.candidates.at(index.row());
    if (!itemAt(index)) {
        return tr("%1's form has no \"%2\".").arg(candidate.name, m_sheet.criteria.at(index.column()).name);
    }
    if (!(flags(index) & Qt::ItemIsEditable)) {
        return m_mode == Mode::Reviewer
                   ? tr("You submitted your form of %1; submitted scores are final.").arg(candidate.name)
                   : tr("You may not change these ratings.");
    }
    return {};
}

bool ScoresGridModel::isClearing(const QModelIndex& index) const
{
    const auto found = m_pending.constFind(cellKey(index.row(), index.column()));
    return found != m_pending.constEnd() && !found.value().has_value();
}

ScoreBatchReport ScoresGridModel::save()
{
    QList<ScoreEntry> entries;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        const int row = int(it.key() >> 32);
        const int column = int(it.key() & 0xffffffffu);
        ScoreEntry entry;
        entry.row = row + 1;
        entry.candidateId = m_sheet.candidates.at(row).id;
        entry.criterionKey = m_sheet.criteria.at(column).key;
        entry.rating = it.value().value_or(0);
        // Typed or emptied over what was read: written only if the cell is still as read
        // (another window or process may have rated it since the grid loaded).
        const QString cell = cellOf(entry.candidateId, entry.criterionKey);
        entry.clear = !it.value();
        entry.asRead = true;
        entry.readRowVersion = m_storedVersion.value(cell);
        entry.readRecordedAt = m_storedAt.value(cell);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const ScoreEntry& a, const ScoreEntry& b) {
        return std::tie(a.row, a.criterionKey) < std::tie(b.row, b.criterionKey);
    });
    ScoreBatchReport report;
    if (entries.isEmpty() || !m_store) {
        return report;
    }
    report = BulkScores::write(*m_store, m_mode == Mode::Reviewer ? m_review : nullptr, entries, m_workshop, m_round);
    if (report.ok()) {
        load(m_store, m_review, m_workshop);
    }
    return report;
}
