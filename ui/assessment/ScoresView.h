// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scores of the selected candidate: those imported into the shared file and, for a
// reviewer, their own scores from their review file laid over them until the officer
// imports them.

#include <QHash>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTableWidget;
class Score;

class ScoresView : public QWidget
{
    Q_OBJECT

public:
    explicit ScoresView(QWidget* parent = nullptr);

    /// `names` gives reviewers' and criteria's names by id and key.
    void setScores(const QList<Score>& imported, const QList<Score>& own, const QHash<QUuid, QString>& reviewers,
                   const QHash<QString, QString>& criteria);
    void clear();
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_heading;
    QTableWidget* m_table;
};
