// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkshopResultsSheet.h"

#include "HtmlText.h"
#include "PrintedDocument.h"
#include "assessment/WorkshopResults.h"

#include <QLocale>

using HtmlText::esc;

namespace {

QString cell(const QString& html, const QString& attributes = QString())
{
    return QStringLiteral("<td") + attributes + QLatin1Char('>') + html + QStringLiteral("</td>");
}

}  // namespace

PrintSection WorkshopResultsSheet::section(const WorkshopResults& results)
{
    const QLocale locale;
    const Workshop& w = results.workshop;
    const QString dates =
        tr("%1 to %2").arg(HtmlText::dateText(locale, w.startDate), HtmlText::dateText(locale, w.endDate()));
    PrintSection s;
    // A column per assessor beside the criterion, the mean, the consensus and the outcome:
    // across a landscape page they keep whole.
    s.orientation = QPageLayout::Landscape;
    s.title = tr("Stage 2 results");
    s.subtitle = tr("%n participant(s)", nullptr, int(results.participants.size()));
    s.context = w.title + QLatin1Char('\n') + dates;
    QString html = QStringLiteral("<h1>") + esc(tr("Stage 2 results")) + QStringLiteral("</h1><p class=\"lead\">") +
                   esc(w.title) + QStringLiteral("<br/><span class=\"muted\">") +
                   esc(w.venue.isEmpty() ? dates : tr("%1, %2").arg(w.venue, dates)) + QStringLiteral("</span></p>");
    html += QStringLiteral("<p class=\"muted\">") +
            esc(tr("Submitted ratings on the workshop's own criteria, 0 to 4; the mean of the assessors' ratings; "
                   "the officer's consensus where recorded.")) +
            QStringLiteral("</p>");
    const int criterionColumns = int(results.assessors.size()) + 2;
    html += HtmlText::tableStart() + QStringLiteral("<thead><tr><th width=\"17%\">") + esc(tr("Participant")) +
            QStringLiteral("</th><th width=\"17%\">") + esc(tr("Criterion")) + QStringLiteral("</th>");
    for (const ResultsAssessor& a : results.assessors) {
        html += QStringLiteral("<th>") + esc(a.name) + QStringLiteral("</th>");
    }
    html += QStringLiteral("<th>") + esc(tr("Mean")) + QStringLiteral("</th><th class=\"consensus\">") +
            esc(tr("Consensus")) + QStringLiteral("</th><th width=\"24%\">") + esc(tr("Outcome")) +
            QStringLiteral("</th></tr></thead>");
    for (const ParticipantResult& p : results.participants) {
        const int rows = std::max(1, int(p.criteria.size()));
        const QString span = QStringLiteral(" rowspan=\"%1\"").arg(rows);
        QString who = QStringLiteral("<b>") + esc(p.name) + QStringLiteral("</b><br/><span class=\"small muted\">") +
                      esc(p.administration) + QStringLiteral("<br/>") + esc(labelOf(p.stage)) +
                      QStringLiteral("</span>");
        if (p.othersHidden) {
            who += QStringLiteral("<br/><span class=\"small\">") +
                   esc(tr("Others' ratings and the consensus show once your own form is submitted.")) +
                   QStringLiteral("</span>");
        }
        QString outcome = QStringLiteral("<b>") + esc(WorkshopResults::outcomeText(p)) + QStringLiteral("</b>");
        if (p.outcome && !p.outcome->note.isEmpty()) {
            outcome += QStringLiteral("<br/>") + esc(p.outcome->note);
        }
        outcome += QStringLiteral("<br/><span class=\"small muted\">") + esc(WorkshopResults::decisionText(p, locale)) +
                   QStringLiteral("</span>");
        if (p.criteria.isEmpty()) {
            html += QStringLiteral("<tr>") + cell(who) +
                    cell(esc(tr("No criteria")), QStringLiteral(" colspan=\"%1\"").arg(criterionColumns + 1)) +
                    cell(outcome) + QStringLiteral("</tr>");
            continue;
        }
        for (int i = 0; i < p.criteria.size(); ++i) {
            const CriterionResult& c = p.criteria.at(i);
            html += QStringLiteral("<tr>");
            if (i == 0) {
                html += cell(who, span);
            }
            html += cell(esc(i < results.criteria.size() ? results.criteria.at(i).name : c.criterionKey));
            for (const ResultsAssessor& a : results.assessors) {
                const auto r = c.ratings.constFind(a.id);
                html += cell(r == c.ratings.constEnd() ? QStringLiteral("–") : locale.toString(*r),
                             QStringLiteral(" align=\"center\""));
            }
            const auto mean = c.mean();
            html += cell(mean ? WorkshopResults::meanText(*mean, locale) : QStringLiteral("–"),
                         QStringLiteral(" align=\"center\""));
            QString consensus = c.consensus
                                    ? QStringLiteral("<b>") + locale.toString(*c.consensus) + QStringLiteral("</b>")
                                    : QStringLiteral("–");
            if (!c.consensusComment.isEmpty()) {
                consensus +=
                    QStringLiteral("<br/><span class=\"small\">") + esc(c.consensusComment) + QStringLiteral("</span>");
            }
            html += cell(consensus, QStringLiteral(" class=\"consensus\" align=\"center\""));
            if (i == 0) {
                html += cell(outcome, span);
            }
            html += QStringLiteral("</tr>");
        }
    }
    if (results.participants.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"%1\" class=\"muted\">").arg(criterionColumns + 3) +
                esc(tr("Nobody has taken part yet: the participants are those confirmed for the workshop.")) +
                QStringLiteral("</td></tr>");
    }
    s.html = html + QStringLiteral("</table>");
    return s;
}
