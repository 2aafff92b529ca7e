// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/ScoresView.h"

#include "widgets/ReadOnlyTable.h"
#include "store/ReviewFile.h"
#include "domain/Score.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

ScoresView::ScoresView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoresView"));
    m_heading = new QLabel(this);
    m_table = readOnlyTable(this, QStringLiteral("scoresTable"), tr("Scores"),
                            {tr("Reviewer"), tr("Criterion"), tr("Rating"), tr("Comment"), tr("State")});
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    clear();
}

void ScoresView::clear()
{
    m_heading->setText(tr("<b>Scores</b>"));
    m_table->setRowCount(0);
}

void ScoresView::setScores(const QList<Score>& imported, const QList<Score>& own,
                           const QHash<QUuid, QString>& reviewers, const QHash<QString, QString>& criteria)
{
    const QList<Score> shown = ReviewFile::overlay(imported, own);
    m_heading->setText(tr("<b>Scores</b> (%Ln)", nullptr, int(shown.size())));
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Score& score = shown.at(row);
        bool pending = false;
        for (const Score& mine : own) {
            if (mine.meta.id == score.meta.id && mine.updatedAt == score.updatedAt) {
                pending = std::none_of(imported.cbegin(), imported.cend(), [&](const Score& done) {
                    return done.criterionKey == mine.criterionKey && done.reviewerId == mine.reviewerId &&
                           done.updatedAt >= mine.updatedAt;
                });
            }
        }
        const QString state = pending               ? tr("Yours, not yet imported")
                              : score.isSubmitted() ? tr("Submitted")
                                                    : tr("Draft");
        const QStringList cells = {reviewers.value(score.reviewerId, tr("Unknown reviewer")),
                                   criteria.value(score.criterionKey, score.criterionKey),
                                   score.rating ? QLocale().toString(*score.rating) : tr("Not rated"), score.comment,
                                   state};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
}
