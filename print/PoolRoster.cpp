// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoolRoster.h"

#include "pool/AccreditedAdvisor.h"
#include "HtmlText.h"
#include "PrintedDocument.h"

#include <QLocale>

using HtmlText::esc;

PrintSection PoolRoster::section(const QList<AccreditedAdvisor>& pool, WeekCounting rule, const QDate& today)
{
    const QLocale locale;
    PrintSection s;
    // Eight columns do not fit a portrait page without breaking words inside cells
    // ("Administratio/n"); across a landscape page every header and value keeps whole.
    s.orientation = QPageLayout::Landscape;
    s.title = tr("Pool roster");
    s.subtitle = tr("%n accredited advisor(s)", nullptr, int(pool.size()));
    s.context = tr("IPR Technical and Operational Advisors") + QLatin1Char('\n') +
                tr("As of %1").arg(HtmlText::dateText(locale, today));
    QString html = QStringLiteral("<h1>") + esc(tr("Pool of accredited advisors")) +
                   QStringLiteral("</h1><p class=\"muted\">") +
                   esc(tr("Each advisor is available for up to %1 weeks over the three years after their "
                          "accreditation. Weeks counted: %2.")
                           .arg(locale.toString(CommitmentLedger::kCommittedWeeks), labelOf(rule))) +
                   QStringLiteral("</p>");
    html += HtmlText::tableStart() + QStringLiteral("<thead><tr><th width=\"5%\">") + esc(tr("No.")) +
            QStringLiteral("</th><th width=\"16%\">") + esc(tr("Name")) + QStringLiteral("</th><th width=\"16%\">") +
            esc(tr("Administration")) + QStringLiteral("</th><th width=\"12%\">") + esc(tr("Region")) +
            QStringLiteral("</th><th width=\"12%\">") + esc(tr("Accredited on")) +
            QStringLiteral("</th><th width=\"10%\">") + esc(tr("Weeks used / 12")) +
            QStringLiteral("</th><th width=\"13%\">") + esc(tr("End of commitment")) +
            QStringLiteral("</th><th width=\"16%\">") + esc(tr("State")) + QStringLiteral("</th></tr></thead>");
    for (int i = 0; i < pool.size(); ++i) {
        const AccreditedAdvisor& a = pool.at(i);
        const CommitmentLedger ledger = a.ledger(rule);
        QString weeks = CommitmentLedger::weeksText(ledger.committedUsedUnits(), locale) + QStringLiteral(" / ") +
                        locale.toString(CommitmentLedger::kCommittedWeeks);
        if (ledger.extraUnits() > 0) {
            weeks += QStringLiteral("<br/><span class=\"small muted\">") +
                     esc(tr("+%1 voluntary").arg(CommitmentLedger::weeksText(ledger.extraUnits(), locale))) +
                     QStringLiteral("</span>");
        }
        html += QStringLiteral("<tr><td align=\"right\">") + locale.toString(i + 1) + QStringLiteral("</td><td><b>") +
                esc(a.candidate.familyName.toUpper()) + QStringLiteral("</b> ") + esc(a.candidate.givenNames) +
                QStringLiteral("</td><td>") + esc(a.candidate.administration) + QStringLiteral("</td><td>") +
                esc(a.candidate.region ? labelOf(*a.candidate.region) : QString()) + QStringLiteral("</td><td>") +
                esc(locale.toString(a.accreditedOn, QLocale::ShortFormat)) + QStringLiteral("</td><td>") + weeks +
                QStringLiteral("</td><td>") + esc(locale.toString(a.commitmentEnd(), QLocale::ShortFormat)) +
                QStringLiteral("</td><td>") + esc(labelOf(a.state(today))) + QStringLiteral("</td></tr>");
    }
    if (pool.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"8\" class=\"muted\">") + esc(tr("Nobody has been accredited yet.")) +
                QStringLiteral("</td></tr>");
    }
    s.html = html + QStringLiteral("</table>");
    return s;
}
