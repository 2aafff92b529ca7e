// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundSummarySheet.h"

#include "HtmlText.h"
#include "PrintedDocument.h"
#include "assessment/RoundSummary.h"

#include <QLocale>

using HtmlText::esc;

namespace {

QString countCells(const SummaryCounts& c, const QLocale& locale)
{
    QString html;
    for (int n : {c.applied, c.selected, c.passed, c.accredited}) {
        html += QStringLiteral("<td align=\"right\">") + locale.toString(n) + QStringLiteral("</td>");
    }
    return html;
}

QString tableHead(const QString& first)
{
    QString html = HtmlText::tableStart(QStringLiteral("margin-bottom: 6px;")) +
                   QStringLiteral("<thead><tr><th width=\"40%\">") + esc(first) + QStringLiteral("</th>");
    for (const QString& heading : {RoundSummarySheet::tr("Applied"), RoundSummarySheet::tr("Selected"),
                                   RoundSummarySheet::tr("Passed the workshop"), RoundSummarySheet::tr("Accredited")}) {
        html += QStringLiteral("<th width=\"15%\" align=\"right\">") + esc(heading) + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr></thead>");
}

}  // namespace

PrintSection RoundSummarySheet::section(const RoundSummary& summary)
{
    const QLocale locale;
    PrintSection s;
    s.title = tr("Round summary");
    s.subtitle = summary.workshopId.isNull() ? tr("Every candidate") : summary.workshopTitle;
    s.context = tr("IPR Technical and Operational Advisors") + QLatin1Char('\n') +
                tr("As of %1").arg(HtmlText::dateText(locale, Clock::today()));
    QString html = QStringLiteral("<h1>") + esc(tr("Round summary")) + QStringLiteral("</h1><p class=\"lead\">") +
                   esc(summary.scopeText()) + QStringLiteral("</p><p class=\"muted\">") +
                   esc(tr("Each candidate counts once, for how far they went by the decisions that stand: a reversed "
                          "decision counts for nothing; a candidate who withdrew keeps what they reached.")) +
                   QStringLiteral("</p>");
    html += tableHead(QString()) + QStringLiteral("<tr><td><b>") + esc(tr("All")) + QStringLiteral("</b></td>") +
            countCells(summary.totals, locale) + QStringLiteral("</tr></table>");
    for (SummaryDimension d : RoundSummary::dimensions()) {
        html += QStringLiteral("<h2>") + esc(RoundSummary::headingOf(d)) + QStringLiteral("</h2>") +
                tableHead(RoundSummary::labelOf(d));
        for (const SummaryGroup& g : summary.groups(d)) {
            html += QStringLiteral("<tr><td>") + esc(g.label) + QStringLiteral("</td>") + countCells(g.counts, locale) +
                    QStringLiteral("</tr>");
        }
        if (summary.groups(d).isEmpty()) {
            html += QStringLiteral("<tr><td colspan=\"5\" class=\"muted\">") + esc(tr("Nobody has applied yet.")) +
                    QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    s.html = html;
    return s;
}
