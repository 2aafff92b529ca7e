// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/WorkshopResultsView.h"

#include "assessment/WorkshopResults.h"
#include "print/DocumentPrinter.h"
#include "PrintSource.h"
#include "store/Assessment.h"
#include "store/Store.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(alignment);
    return i;
}

}  // namespace

WorkshopResultsView::WorkshopResultsView(QWidget* parent)
    : WorkshopView(parent)
{
    setObjectName(QStringLiteral("workshopResults"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("resultsNote"));
    m_note->setWordWrap(true);
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printResults"));
    m_print->setText(tr("Print Results"));
    m_print->setAccessibleName(tr("Print the workshop's Stage 2 results"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_print->setMenu(DocumentPrinter::menu(
        this, tr("Stage 2 Results"), QStringLiteral("results"),
        [this]() -> Result<PrintedDocument> {
            if (!store() || workshop().isNull()) {
                return Result<PrintedDocument>::failure(ErrorCode::NotFound, tr("Choose a workshop first."));
            }
            return PrintSource(*store()).workshopResults(workshop());
        },
        tr("stage-2-results.pdf")));
    m_table = readOnlyTable(this, QStringLiteral("resultsTable"), tr("Stage 2 results"), {});
    auto* top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(m_print, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    reload();
}

void WorkshopResultsView::reload()
{
    m_table->clearSpans();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_print->setEnabled(store() && !workshop().isNull());
    if (!store() || workshop().isNull()) {
        m_note->setText(tr("Choose a workshop above to see its Stage 2 results."));
        return;
    }
    const auto read = store()->assessment().workshopResults(workshop());
    if (!read.ok()) {
        m_note->setText(read.message());
        return;
    }
    const WorkshopResults& r = read.value();
    const QLocale locale;
    QString note = tr("%n participant(s): each assessor's submitted rating on the workshop's own criteria (0 to 4), "
                      "their mean, and the consensus where recorded.",
                      nullptr, int(r.participants.size()));
    if (r.participants.isEmpty()) {
        note = tr("Nobody has taken part yet: the participants are those confirmed for the workshop.");
    } else if (r.criteria.isEmpty()) {
        note += QLatin1Char(' ') + tr("The workshop has no criteria of its own: add them in the Criteria tab.");
    }
    m_note->setText(note);

    QStringList headers = {tr("Participant"), tr("Criterion")};
    for (const ResultsAssessor& a : r.assessors) {
        headers.append(a.name);
    }
    const int meanColumn = int(headers.size());
    headers << tr("Mean") << tr("Consensus") << tr("Outcome") << tr("Decision");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const Qt::Alignment centred = Qt::AlignCenter;
    for (const ParticipantResult& p : r.participants) {
        const int first = m_table->rowCount();
        const int rows = std::max(1, int(p.criteria.size()));  // spanned once every row is in
        m_table->setRowCount(first + rows);
        QString who = p.name + QLatin1Char('\n') + p.administration;
        if (p.othersHidden) {
            who += QLatin1Char('\n') + tr("Others' ratings hidden until you submit your form");
        }
        auto* name = item(who, Qt::AlignLeft | Qt::AlignTop);
        name->setData(Qt::UserRole, p.candidateId);
        name->setToolTip(labelOf(p.stage));
        m_table->setItem(first, 0, name);
        QString outcome = WorkshopResults::outcomeText(p);
        if (p.outcome && !p.outcome->note.isEmpty()) {
            outcome += QLatin1Char('\n') + p.outcome->note;
        }
        m_table->setItem(first, meanColumn + 2, item(outcome, Qt::AlignLeft | Qt::AlignTop));
        m_table->setItem(first, meanColumn + 3,
                         item(WorkshopResults::decisionText(p, locale), Qt::AlignLeft | Qt::AlignTop));
        for (int i = 0; i < p.criteria.size(); ++i) {
            const CriterionResult& c = p.criteria.at(i);
            const int row = first + i;
            auto* criterion = item(i < r.criteria.size() ? r.criteria.at(i).name : c.criterionKey);
            criterion->setToolTip(i < r.criteria.size() ? r.criteria.at(i).description : QString());
            m_table->setItem(row, 1, criterion);
            for (int a = 0; a < r.assessors.size(); ++a) {
                const auto rating = c.ratings.constFind(r.assessors.at(a).id);
                m_table->setItem(
                    row, 2 + a,
                    item(rating == c.ratings.constEnd() ? QStringLiteral("–") : locale.toString(*rating), centred));
            }
            const auto mean = c.mean();
            m_table->setItem(row, meanColumn,
                             item(mean ? WorkshopResults::meanText(*mean, locale) : QStringLiteral("–"), centred));
            auto* consensus = item(c.consensus ? locale.toString(*c.consensus) : QStringLiteral("–"), centred);
            consensus->setToolTip(c.consensusComment);
            QFont bold = consensus->font();
            bold.setBold(true);
            consensus->setFont(bold);
            m_table->setItem(row, meanColumn + 1, consensus);
        }
    }
    // Widths from every cell's whole text before the participant's cells span their rows
    // (a spanned cell does not count towards its column's width).
    m_table->resizeColumnsToContents();
    const int line = m_table->fontMetrics().lineSpacing();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* name = m_table->item(row, 0);
        if (!name) {
            continue;
        }
        int rows = 1;
        while (row + rows < m_table->rowCount() && !m_table->item(row + rows, 0)) {
            ++rows;
        }
        // The participant's rows keep the height of their criteria; the last one grows when
        // the name, outcome or decision need more lines than the rows give.
        int needed = 0;
        for (int column : {0, meanColumn + 2, meanColumn + 3}) {
            const QTableWidgetItem* spanned = m_table->item(row, column);
            needed = std::max(needed, int(spanned ? spanned->text().count(QLatin1Char('\n')) + 1 : 1) * line + 8);
        }
        int height = 0;
        for (int own = row; own < row + rows; ++own) {
            m_table->setRowHeight(own, m_table->verticalHeader()->defaultSectionSize());
            height += m_table->rowHeight(own);
        }
        if (height < needed) {
            m_table->setRowHeight(row + rows - 1, m_table->rowHeight(row + rows - 1) + needed - height);
        }
        if (rows > 1) {
            m_table->setSpan(row, 0, rows, 1);
            m_table->setSpan(row, meanColumn + 2, rows, 1);
            m_table->setSpan(row, meanColumn + 3, rows, 1);
        }
        row += rows - 1;
    }
}
