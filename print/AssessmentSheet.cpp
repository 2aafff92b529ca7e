#include "AssessmentSheet.h"

#include "HtmlText.h"
#include "PrintedDocument.h"

#include <QCryptographicHash>
#include <QLocale>

using HtmlText::esc;

namespace {

const QString kBox = QStringLiteral("\u2610");  // ☐, a box to tick by hand

QString identityRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"28%\" class=\"muted\">") + esc(label) + QStringLiteral("</td><td>") +
           (value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value)) + QStringLiteral("</td></tr>");
}

QString dates(const QLocale& locale, const QDate& from, const QDate& to)
{
    if (!from.isValid()) {
        return {};
    }
    return AssessmentSheet::tr("%1 to %2").arg(HtmlText::dateText(locale, from), HtmlText::dateText(locale, to));
}

QString criterionCell(const SheetCriterion& c, const QString& attributes = QString())
{
    return QStringLiteral("<td width=\"30%\"") + attributes + QStringLiteral(">") + esc(c.name) +
           QStringLiteral("<br/><span class=\"small muted\">") + esc(AssessmentSheet::kindLabel(c.kind)) +
           QStringLiteral("</span></td>");
}

QString blankGroup(const SheetGroup& group)
{
    QString html = QStringLiteral("<h2>") + esc(group.name) + QStringLiteral("</h2>") + HtmlText::tableStart() +
                   QStringLiteral("<thead><tr><th width=\"30%\">") + esc(AssessmentSheet::tr("Criterion")) +
                   QStringLiteral("</th>");
    for (int r = 0; r <= 4; ++r) {
        html += QStringLiteral("<th width=\"5%\" align=\"center\">") + QString::number(r) + QStringLiteral("</th>");
    }
    html += QStringLiteral("<th>") + esc(AssessmentSheet::tr("Comments and evidence")) +
            QStringLiteral("</th></tr></thead>");
    for (const SheetCriterion& c : group.criteria) {
        html += QStringLiteral("<tr>") + criterionCell(c);
        if (c.kind == CriterionKind::Hard) {
            html += QStringLiteral("<td colspan=\"5\" class=\"box\">") + kBox + QStringLiteral("&nbsp;") +
                    esc(AssessmentSheet::ratingLabel(1, CriterionKind::Hard)) +
                    QStringLiteral("&nbsp;&nbsp;&nbsp; ") + kBox + QStringLiteral("&nbsp;") +
                    esc(AssessmentSheet::ratingLabel(0, CriterionKind::Hard)) + QStringLiteral("</td>");
        } else {
            for (int r = 0; r <= 4; ++r) {
                html += QStringLiteral("<td align=\"center\" class=\"box\">") + kBox + QStringLiteral("</td>");
            }
        }
        html += QStringLiteral("<td>&nbsp;<br/>&nbsp;<br/>&nbsp;</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString filledGroup(const SheetGroup& group, const QLocale& locale)
{
    QString html = QStringLiteral("<h2>") + esc(group.name) + QStringLiteral("</h2>") + HtmlText::tableStart() +
                   QStringLiteral("<thead><tr><th width=\"30%\">") + esc(AssessmentSheet::tr("Criterion")) +
                   QStringLiteral("</th><th width=\"17%\">") + esc(AssessmentSheet::tr("Reviewer")) +
                   QStringLiteral("</th><th width=\"17%\">") + esc(AssessmentSheet::tr("Rating")) +
                   QStringLiteral("</th><th>") + esc(AssessmentSheet::tr("Comments and evidence")) +
                   QStringLiteral("</th></tr></thead>");
    for (const SheetCriterion& c : group.criteria) {
        if (c.scores.isEmpty()) {
            html += QStringLiteral("<tr>") + criterionCell(c) + QStringLiteral("<td colspan=\"3\" class=\"muted\">") +
                    esc(AssessmentSheet::tr("Not scored yet")) + QStringLiteral("</td></tr>");
            continue;
        }
        for (int i = 0; i < c.scores.size(); ++i) {
            const SheetScore& s = c.scores.at(i);
            html += QStringLiteral("<tr>");
            if (i == 0) {
                html += criterionCell(c, QStringLiteral(" rowspan=\"%1\"").arg(c.scores.size()));
            }
            QString rating = s.rating ? esc(AssessmentSheet::ratingLabel(*s.rating, c.kind))
                                      : QStringLiteral("<span class=\"muted\">") +
                                            esc(AssessmentSheet::tr("Not rated")) + QStringLiteral("</span>");
            if (!s.submitted) {
                rating += QStringLiteral("<br/><span class=\"small muted\">") + esc(AssessmentSheet::tr("draft")) +
                          QStringLiteral("</span>");
            }
            QString comment = esc(s.comment);
            if (!s.evidence.trimmed().isEmpty()) {
                comment += QStringLiteral("<br/><span class=\"small muted\">") +
                           esc(AssessmentSheet::tr("Evidence: %1").arg(s.evidence)) + QStringLiteral("</span>");
            }
            html += QStringLiteral("<td>") + esc(s.reviewer) + QStringLiteral("</td><td>") + rating +
                    QStringLiteral("</td><td>") + (comment.isEmpty() ? QStringLiteral("&nbsp;") : comment) +
                    QStringLiteral("</td></tr>");
        }
    }
    Q_UNUSED(locale)
    return html + QStringLiteral("</table>");
}

QString signatureBlock(const QString& who)
{
    return HtmlText::tableStart(QStringLiteral("margin-top: 10px;")) + QStringLiteral("<tr><td width=\"40%\">") +
           esc(who) + QStringLiteral("<br/><br/>&nbsp;</td><td width=\"35%\">") +
           esc(AssessmentSheet::tr("Signature")) + QStringLiteral("<br/><br/>&nbsp;</td><td>") +
           esc(AssessmentSheet::tr("Date")) + QStringLiteral("<br/><br/>&nbsp;</td></tr></table>");
}

QString outcomeSection(const SheetData& data, const QLocale& locale)
{
    QString html = QStringLiteral("<h2>") + esc(AssessmentSheet::tr("Consensus and outcome")) + QStringLiteral("</h2>");
    const SheetOutcome& o = data.outcome;
    if (o.consensusRatings.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">") + esc(AssessmentSheet::tr("No consensus rating recorded yet.")) +
                QStringLiteral("</p>");
    } else {
        html += HtmlText::tableStart() + QStringLiteral("<thead><tr><th width=\"50%\">") +
                esc(AssessmentSheet::tr("Criterion")) + QStringLiteral("</th><th>") +
                esc(AssessmentSheet::tr("Consensus rating")) + QStringLiteral("</th></tr></thead>");
        for (const auto* groups : {&data.profileGroups, &data.workshopGroups}) {
            for (const SheetGroup& g : *groups) {
                for (const SheetCriterion& c : g.criteria) {
                    const auto found = o.consensusRatings.constFind(c.key);
                    if (found != o.consensusRatings.constEnd()) {
                        html += QStringLiteral("<tr><td>") + esc(c.name) + QStringLiteral("</td><td>") +
                                esc(AssessmentSheet::ratingLabel(found.value(), c.kind)) + QStringLiteral("</td></tr>");
                    }
                }
            }
        }
        html += QStringLiteral("</table>");
    }
    if (!o.consensusNote.trimmed().isEmpty()) {
        html += QStringLiteral("<p>") + esc(o.consensusNote) + QStringLiteral("</p>");
    }
    html += HtmlText::tableStart(QStringLiteral("margin-top: 6px;"));
    if (o.decision) {
        html += identityRow(AssessmentSheet::tr("Outcome"), labelOf(*o.decision));
        html += identityRow(AssessmentSheet::tr("Decided"),
                            AssessmentSheet::tr("%1 by %2").arg(HtmlText::dateText(locale, o.decidedOn),
                                                                o.decidedBy));
        html += identityRow(AssessmentSheet::tr("Reason"), o.reason);
    } else {
        html += identityRow(AssessmentSheet::tr("Outcome"), AssessmentSheet::tr("Not decided yet"));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString AssessmentSheet::candidateCode(const QUuid& candidateId)
{
    const QByteArray hash =
        QCryptographicHash::hash(candidateId.toRfc4122(), QCryptographicHash::Sha256).toHex().toUpper();
    return QStringLiteral("C-") + QString::fromLatin1(hash.left(6));
}

QString AssessmentSheet::ratingLabel(int rating, CriterionKind kind)
{
    if (kind == CriterionKind::Hard) {
        return rating > 0 ? tr("Met") : tr("Not met");
    }
    switch (rating) {
    case 0:
        return tr("0 – Not demonstrated");
    case 1:
        return tr("1 – Partly demonstrated");
    case 2:
        return tr("2 – Demonstrated");
    case 3:
        return tr("3 – Well demonstrated");
    default:
        return tr("4 – Outstanding");
    }
}

QString AssessmentSheet::kindLabel(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Hard:
        return tr("Hard requirement");
    case CriterionKind::Advantage:
        return tr("Advantage");
    case CriterionKind::Counted:
        break;
    }
    return tr("Counts towards \"most of\"");
}

QList<SheetGroup> AssessmentSheet::defaultWorkshopCriteria()
{
    return {{tr("Workshop assessment"),
             {{QStringLiteral("workshop.discussions"), tr("Participation in discussions"), CriterionKind::Counted, {}},
              {QStringLiteral("workshop.group_activities"), tr("Group activities"), CriterionKind::Counted, {}},
              {QStringLiteral("workshop.presentations"), tr("Presentations"), CriterionKind::Counted, {}}}}};
}

QString AssessmentSheet::title(const SheetOptions& options)
{
    if (options.blank) {
        return options.anonymous ? tr("Assessment sheet (blank, anonymised)") : tr("Assessment sheet (blank)");
    }
    return options.anonymous ? tr("Assessment sheet (anonymised)") : tr("Assessment sheet");
}

PrintSection AssessmentSheet::section(const SheetData& data, const SheetOptions& options)
{
    const QLocale locale;
    const QString code = candidateCode(data.candidateId);
    PrintSection s;
    s.title = title(options);
    s.subtitle = options.anonymous ? tr("Candidate %1").arg(code) : QString(data.name + QStringLiteral(" · ") + code);
    s.context = data.workshopTitle.isEmpty()
                    ? data.profileTitle
                    : QString(data.workshopTitle + QLatin1Char('\n') +
                              dates(locale, data.workshopStart, data.workshopEnd));

    QString html;
    html.reserve(16 * 1024);
    html += QStringLiteral("<h1>") + esc(tr("Candidate assessment sheet")) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"muted\">") +
            esc(options.blank ? tr("To be completed by the assessor during the workshop. Tick one box a criterion.")
                              : tr("Ratings and comments of each reviewer, the consensus and the outcome.")) +
            QStringLiteral("</p>");
    html += HtmlText::tableStart();
    if (options.anonymous) {
        html += identityRow(tr("Candidate code"), code);
    } else {
        html += identityRow(tr("Candidate"), data.name);
        html += identityRow(tr("Candidate code"), code);
        html += identityRow(tr("Administration"), data.administration);
        html += identityRow(tr("Country"), data.country);
        html += identityRow(tr("Region"), data.region);
        html += identityRow(tr("Position"), data.position);
    }
    if (!data.workshopTitle.isEmpty()) {
        html += identityRow(tr("Workshop"), data.workshopTitle);
        QString where = dates(locale, data.workshopStart, data.workshopEnd);
        if (!data.workshopVenue.isEmpty()) {
            where = tr("%1, %2").arg(data.workshopVenue, where);
        }
        html += identityRow(tr("Venue and dates"), where);
    }
    html += identityRow(tr("Competence profile"),
                        tr("%1 (version %2)").arg(data.profileTitle, locale.toString(data.profileVersion)));
    html += QStringLiteral("</table>");

    if (options.blank) {
        html += QStringLiteral("<h2>") + esc(tr("Rating scale")) + QStringLiteral("</h2>") + HtmlText::tableStart() +
                QStringLiteral("<tr>");
        for (int r = 0; r <= 4; ++r) {
            html += QStringLiteral("<td width=\"20%\" align=\"center\">") + esc(ratingLabel(r, CriterionKind::Counted)) +
                    QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr></table><p class=\"small muted\">") +
                esc(tr("Hard requirements are met or not met. Advantages rank candidates but never exclude them.")) +
                QStringLiteral("</p>");
    }
    for (const auto* groups : {&data.profileGroups, &data.workshopGroups}) {
        for (const SheetGroup& g : *groups) {
            html += options.blank ? blankGroup(g) : filledGroup(g, locale);
        }
    }
    if (options.blank) {
        html += QStringLiteral("<h2>") + esc(tr("General comments")) + QStringLiteral("</h2>") +
                HtmlText::tableStart();
        for (int i = 0; i < 5; ++i) {
            html += QStringLiteral("<tr><td>&nbsp;<br/>&nbsp;</td></tr>");
        }
        html += QStringLiteral("</table>");
        html += signatureBlock(tr("Assessor (name)"));
    } else {
        html += outcomeSection(data, locale);
        html += signatureBlock(tr("Secretariat officer (name)"));
    }
    s.html = html;
    return s;
}
