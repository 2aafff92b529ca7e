// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantList.h"

#include "domain/Candidate.h"
#include "HtmlText.h"
#include "PrintedDocument.h"
#include "domain/Workshop.h"

#include <QLocale>

using HtmlText::esc;

PrintSection ParticipantList::section(const Workshop& workshop, const QList<Candidate>& participants)
{
    const QLocale locale;
    const QString dates =
        tr("%1 to %2")
            .arg(HtmlText::dateText(locale, workshop.startDate), HtmlText::dateText(locale, workshop.endDate()));
    PrintSection s;
    s.title = tr("Participant list");
    s.subtitle = tr("%n participant(s)", nullptr, int(participants.size()));
    s.context = workshop.title + QLatin1Char('\n') + dates;
    QString html = QStringLiteral("<h1>") + esc(tr("Participant list")) + QStringLiteral("</h1><p class=\"lead\">") +
                   esc(workshop.title) + QStringLiteral("<br/><span class=\"muted\">") +
                   esc(workshop.venue.isEmpty() ? dates : tr("%1, %2").arg(workshop.venue, dates)) +
                   QStringLiteral("</span></p>");
    if (!workshop.assessors.isEmpty()) {
        html += QStringLiteral("<p>") + esc(tr("Assessors: %1").arg(workshop.assessors.join(QStringLiteral(", ")))) +
                QStringLiteral("</p>");
    }
    html += HtmlText::tableStart() + QStringLiteral("<thead><tr><th width=\"6%\">") + esc(tr("No.")) +
            QStringLiteral("</th><th width=\"23%\">") + esc(tr("Name")) + QStringLiteral("</th><th width=\"21%\">") +
            esc(tr("Administration")) + QStringLiteral("</th><th width=\"14%\">") + esc(tr("Country")) +
            QStringLiteral("</th><th width=\"16%\">") + esc(tr("Region")) + QStringLiteral("</th><th>") +
            esc(tr("Signature")) + QStringLiteral("</th></tr></thead>");
    for (int i = 0; i < participants.size(); ++i) {
        const Candidate& c = participants.at(i);
        html += QStringLiteral("<tr><td align=\"right\">") + locale.toString(i + 1) + QStringLiteral("</td><td><b>") +
                esc(c.familyName.toUpper()) + QStringLiteral("</b> ") + esc(c.givenNames) +
                QStringLiteral("<br/><span class=\"small muted\">") + esc(c.position) +
                QStringLiteral("</span></td><td>") + esc(c.administration) + QStringLiteral("</td><td>") +
                esc(c.nationality) + QStringLiteral("</td><td>") + esc(c.region ? labelOf(*c.region) : QString()) +
                QStringLiteral("</td><td>&nbsp;<br/>&nbsp;</td></tr>");
    }
    if (participants.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"6\" class=\"muted\">") + esc(tr("Nobody holds a seat yet.")) +
                QStringLiteral("</td></tr>");
    }
    s.html = html + QStringLiteral("</table>");
    return s;
}
