// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scores of a workshop as a spreadsheet: a row per candidate, a column per criterion of
// their forms (BulkScores::sheet), each cell a rating on the profile's scale. For a reviewer
// with their review file open, their own draft ratings of the candidates assigned to them;
// for the officer, the consensus. Typed ratings, and stored ratings emptied (Delete), stay
// pending until save(), which writes them all in one unit through BulkScores::write, or
// nothing; a clear names what it read, so a rating changed elsewhere since is not removed.

#include "assessment/ScoreEntry.h"
#include "review/BulkScores.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <optional>

class ReviewFile;
class Store;

class ScoresGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { None, Reviewer, Consensus, ReadOnly };

    explicit ScoresGridModel(QObject* parent = nullptr);

    /// Reads the workshop's sheet and what is stored for the store's actor; pending ratings
    /// are dropped.
    void load(Store* store, ReviewFile* review, const QUuid& workshopId);
    /// The assessment round the grid rates (its candidates, form, drafts and consensus);
    /// takes effect at the next load().
    void setRound(PipelineStep round) { m_round = round; }
    PipelineStep round() const { return m_round; }
    Mode mode() const { return m_mode; }
    const WorkshopSheet& sheet() const { return m_sheet; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// A whole number on the cell's scale (hard requirements 0 or 1) as a pending rating;
    /// an empty value empties the cell: the pending rating is dropped and a stored rating
    /// is to be cleared at save(). Refused (false) for anything else.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Why `text` cannot go into `index`; empty when it can.
    QString problemWith(const QModelIndex& index, const QString& text) const;
    /// Why `index` cannot be emptied (a submitted form, a cell not on the form, read only);
    /// empty when it can.
    QString problemWithClearing(const QModelIndex& index) const;
    /// Whether `index` holds a stored rating that save() is to clear.
    bool isClearing(const QModelIndex& index) const;
    /// Pastes a block of tab-separated text (rows by line) from `topLeft`: all of it or, when
    /// a cell is refused, none, and the first problem said.
    QString paste(const QModelIndex& topLeft, const QString& text);

    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    int pendingCount() const { return int(m_pending.size()); }
    /// Writes every pending rating in one unit (BulkScores::write); the report says what
    /// was refused, naming the candidate and criterion.
    ScoreBatchReport save();
    /// The candidate and criterion a report's row names (rows are the grid's, from 1).
    QString describeRow(int row, int column) const;

private:
    const FormCriterion* itemAt(const QModelIndex& index) const;
    std::optional<int> storedAt(int row, int column) const;
    std::optional<int> shownAt(int row, int column) const;
    static quint64 cellKey(int row, int column) { return (quint64(row) << 32) | quint32(column); }

    Store* m_store = nullptr;
    ReviewFile* m_review = nullptr;
    QUuid m_workshop;
    PipelineStep m_round = PipelineStep::Selection;
    Mode m_mode = Mode::None;
    WorkshopSheet m_sheet;
    QHash<QString, int> m_stored;  ///< "candidate/key" → rating
    QHash<QString, qint64> m_storedVersion;  ///< "candidate/key" → a reviewer's score's row version as read
    QHash<QString, QDateTime> m_storedAt;  ///< "candidate/key" → when the consensus read was recorded
    QSet<QUuid> m_submitted;  ///< a reviewer's forms submitted: read only
    QHash<quint64, std::optional<int>> m_pending;  ///< typed, not yet saved; empty: a stored rating to clear
};
