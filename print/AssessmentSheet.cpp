// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentSheet.h"

#include "assessment/AssessmentRound.h"
#include "assessment/ScoreSheet.h"

#include "HtmlText.h"
#include "PrintedDocument.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

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

/// `withCode`: the criterion's code and its round under its name (blank sheets), so that
/// ratings on paper are typed back (`scores-import --round`, the scores grid) without
/// ambiguity, each into the round it was given in.
QString criterionCell(const SheetCriterion& c, const QString& attributes = QString(), bool withCode = false)
{
    // The description is the same for every candidate, so anonymised sheets print it as it is.
    const QString lookFor = c.description.trimmed().isEmpty()
                                ? QString()
                                : QString(QStringLiteral("<br/><span class=\"small\">") + esc(c.description.trimmed()) +
                                          QStringLiteral("</span>"));
    return QStringLiteral("<td width=\"30%\"") + attributes + QStringLiteral(">") + esc(c.name) + lookFor +
           QStringLiteral("<br/><span class=\"small muted\">") + esc(AssessmentSheet::kindLabel(c.kind)) +
           (withCode ? esc(AssessmentSheet::tr(" · code %1 · round %2")
                               .arg(ScoreSheet::criterionCode(c.key), keyOf(AssessmentRound::roundOfKey(c.key))))
                     : QString()) +
           QStringLiteral("</span></td>");
}

/// What the sheet's body needs besides the group it prints: the scale, and the free text
/// made anonymous when the sheet is.
struct SheetContext {
    const SheetData& data;
    const SheetOptions& options;
    QLocale locale;

    QString freeText(const QString& text) const
    {
        return esc(options.anonymous ? AssessmentSheet::withoutIdentity(text, data) : text);
    }
    QString rating(int value, CriterionKind kind) const
    {
        return esc(AssessmentSheet::ratingLabel(value, kind, data.scale));
    }
};

QString scaleLegend(const SheetContext& context)
{
    QString html = QStringLiteral("<h2>") + esc(AssessmentSheet::tr("Rating scale")) + QStringLiteral("</h2>") +
                   HtmlText::tableStart() + QStringLiteral("<thead><tr><th width=\"26%\">") +
                   esc(AssessmentSheet::tr("Level")) + QStringLiteral("</th><th>") +
                   esc(AssessmentSheet::tr("What earns it")) + QStringLiteral("</th></tr></thead>");
    for (const ScaleLevel& level : context.data.scale) {
        html += QStringLiteral("<tr><td><b>") + context.rating(level.rating, CriterionKind::Counted) +
                QStringLiteral("</b></td><td>") + esc(level.descriptor) + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table><p class=\"small muted\">") +
           esc(AssessmentSheet::tr("Hard requirements are met or not met. Advantages rank candidates but never "
                                   "exclude them.")) +
           QStringLiteral("</p>");
}

QString blankGroup(const SheetGroup& group, const SheetContext& context)
{
    const QList<ScaleLevel>& scale = context.data.scale;
    const int levels = int(scale.size());
    QString html = QStringLiteral("<h2>") + esc(group.name) + QStringLiteral("</h2>") + HtmlText::tableStart() +
                   QStringLiteral("<thead><tr><th width=\"30%\">") + esc(AssessmentSheet::tr("Criterion")) +
                   QStringLiteral("</th>");
    // Numbers only: a label as long as "Not demonstrated" would break inside the word in a
    // column this narrow; the scale above gives each number its label and descriptor.
    for (const ScaleLevel& level : scale) {
        html += QStringLiteral("<th width=\"6%\" align=\"center\">") + QString::number(level.rating) +
                QStringLiteral("</th>");
    }
    html += QStringLiteral("<th>") + esc(AssessmentSheet::tr("Comments and evidence")) +
            QStringLiteral("</th></tr></thead>");
    const QString hard = QStringLiteral("<td colspan=\"%1\" class=\"box\">").arg(levels) + kBox +
                         QStringLiteral("&nbsp;") + context.rating(1, CriterionKind::Hard) +
                         QStringLiteral("&nbsp;&nbsp;&nbsp; ") + kBox + QStringLiteral("&nbsp;") +
                         context.rating(0, CriterionKind::Hard) + QStringLiteral("</td>");
    QString boxes;
    for (int r = 0; r < levels; ++r) {
        boxes += QStringLiteral("<td align=\"center\" class=\"box\">") + kBox + QStringLiteral("</td>");
    }
    for (const SheetCriterion& c : group.criteria) {
        html += QStringLiteral("<tr>") + criterionCell(c, {}, true) + (c.kind == CriterionKind::Hard ? hard : boxes) +
                QStringLiteral("<td>&nbsp;<br/>&nbsp;<br/>&nbsp;</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString consensusRow(const SheetCriterion& c, const SheetConsensus& consensus, const SheetContext& context)
{
    QString comment = context.freeText(consensus.comment);
    const QString recorded = AssessmentSheet::tr("Recorded %1 by %2")
                                 .arg(HtmlText::dateText(context.locale, consensus.recordedOn), consensus.recordedBy);
    comment += (comment.isEmpty() ? QString() : QStringLiteral("<br/>")) +
               QStringLiteral("<span class=\"small muted\">") + esc(recorded) + QStringLiteral("</span>");
    return QStringLiteral("<tr class=\"consensus\"><td class=\"consensus\"><b>") +
           esc(AssessmentSheet::tr("Consensus")) + QStringLiteral("</b></td><td class=\"consensus\"><b>") +
           context.rating(consensus.rating, c.kind) + QStringLiteral("</b></td><td class=\"consensus\">") + comment +
           QStringLiteral("</td></tr>");
}

QString filledGroup(const SheetGroup& group, const SheetContext& context)
{
    QString html = QStringLiteral("<h2>") + esc(group.name) + QStringLiteral("</h2>") + HtmlText::tableStart() +
                   QStringLiteral("<thead><tr><th width=\"30%\">") + esc(AssessmentSheet::tr("Criterion")) +
                   QStringLiteral("</th><th width=\"17%\">") + esc(AssessmentSheet::tr("Reviewer")) +
                   QStringLiteral("</th><th width=\"17%\">") + esc(AssessmentSheet::tr("Rating")) +
                   QStringLiteral("</th><th>") + esc(AssessmentSheet::tr("Comments and evidence")) +
                   QStringLiteral("</th></tr></thead>");
    const auto& agreed = context.data.outcome.consensus;
    for (const SheetCriterion& c : group.criteria) {
        const auto consensus = agreed.constFind(c.key);
        const bool hasConsensus = consensus != agreed.constEnd();
        const int rows = int(std::max<qsizetype>(c.scores.size(), 1)) + (hasConsensus ? 1 : 0);
        const QString first = criterionCell(c, rows > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(rows) : QString());
        if (c.scores.isEmpty()) {
            html += QStringLiteral("<tr>") + first + QStringLiteral("<td colspan=\"3\" class=\"muted\">") +
                    esc(AssessmentSheet::tr("Not scored yet")) + QStringLiteral("</td></tr>");
        }
        for (int i = 0; i < c.scores.size(); ++i) {
            const SheetScore& s = c.scores.at(i);
            html += QStringLiteral("<tr>") + (i == 0 ? first : QString());
            QString rating = s.rating ? context.rating(*s.rating, c.kind)
                                      : QStringLiteral("<span class=\"muted\">") +
                                            esc(AssessmentSheet::tr("Not rated")) + QStringLiteral("</span>");
            if (!s.submitted) {
                rating += QStringLiteral("<br/><span class=\"small muted\">") + esc(AssessmentSheet::tr("draft")) +
                          QStringLiteral("</span>");
            }
            QString comment = context.freeText(s.comment);
            if (!s.evidence.trimmed().isEmpty()) {
                comment +=
                    QStringLiteral("<br/><span class=\"small muted\">") +
                    esc(AssessmentSheet::tr("Evidence: %1")
                            .arg(context.options.anonymous ? AssessmentSheet::withoutIdentity(s.evidence, context.data)
                                                           : s.evidence)) +
                    QStringLiteral("</span>");
            }
            html += QStringLiteral("<td>") + esc(s.reviewer) + QStringLiteral("</td><td>") + rating +
                    QStringLiteral("</td><td>") + (comment.isEmpty() ? QStringLiteral("&nbsp;") : comment) +
                    QStringLiteral("</td></tr>");
        }
        if (hasConsensus) {
            html += consensusRow(c, consensus.value(), context);
        }
    }
    return html + QStringLiteral("</table>");
}

QString signatureBlock(const QString& who)
{
    return HtmlText::tableStart(QStringLiteral("margin-top: 10px;")) + QStringLiteral("<tr><td width=\"40%\">") +
           esc(who) + QStringLiteral("<br/><br/>&nbsp;</td><td width=\"35%\">") +
           esc(AssessmentSheet::tr("Signature")) + QStringLiteral("<br/><br/>&nbsp;</td><td>") +
           esc(AssessmentSheet::tr("Date")) + QStringLiteral("<br/><br/>&nbsp;</td></tr></table>");
}

QString outcomeSection(const SheetContext& context)
{
    const SheetData& data = context.data;
    const SheetOutcome& o = data.outcome;
    QString html = QStringLiteral("<h2>") + esc(AssessmentSheet::tr("Consensus and outcome")) + QStringLiteral("</h2>");
    int criteria = 0;
    int agreed = 0;
    for (const auto* groups : {&data.profileGroups, &data.workshopGroups}) {
        for (const SheetGroup& g : *groups) {
            for (const SheetCriterion& c : g.criteria) {
                ++criteria;
                agreed += o.consensus.contains(c.key) ? 1 : 0;
            }
        }
    }
    html += QStringLiteral("<p>") +
            esc(agreed == 0 ? AssessmentSheet::tr("No consensus rating recorded yet.")
                            : AssessmentSheet::tr("Consensus recorded on %1 of %2 criteria, shown under each "
                                                  "criterion above.")
                                  .arg(context.locale.toString(agreed), context.locale.toString(criteria))) +
            QStringLiteral("</p>");
    html += HtmlText::tableStart(QStringLiteral("margin-top: 6px;"));
    for (const SheetStepOutcome& step : o.assessed) {
        QString text = step.passed ? AssessmentSheet::tr("Passed") : AssessmentSheet::tr("Not passed");
        text = QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>");
        if (!step.note.trimmed().isEmpty()) {
            text += QStringLiteral("<br/>") + context.freeText(step.note);
        }
        text += QStringLiteral("<br/><span class=\"small muted\">") +
                esc(AssessmentSheet::tr("Recorded %1 by %2")
                        .arg(HtmlText::dateText(context.locale, step.recordedOn), step.recordedBy)) +
                QStringLiteral("</span>");
        html += QStringLiteral("<tr><td width=\"28%\" class=\"muted\">") + esc(labelOf(step.step)) +
                QStringLiteral("</td><td>") + text + QStringLiteral("</td></tr>");
    }
    if (o.decision) {
        html += identityRow(AssessmentSheet::tr("Decision"), labelOf(*o.decision));
        html += identityRow(
            AssessmentSheet::tr("Decided"),
            AssessmentSheet::tr("%1 by %2").arg(HtmlText::dateText(context.locale, o.decidedOn), o.decidedBy));
        html += QStringLiteral("<tr><td width=\"28%\" class=\"muted\">") + esc(AssessmentSheet::tr("Reason")) +
                QStringLiteral("</td><td>") +
                (o.reason.isEmpty() ? QStringLiteral("&nbsp;") : context.freeText(o.reason)) +
                QStringLiteral("</td></tr>");
    } else if (o.assessed.isEmpty()) {
        html += identityRow(AssessmentSheet::tr("Outcome"), AssessmentSheet::tr("Not decided yet"));
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

QString AssessmentSheet::candidateCode(const QUuid& candidateId)
{
    // One definition with the code scores-import reads back.
    return ScoreSheet::candidateCode(candidateId);
}

QString AssessmentSheet::ratingLabel(int rating, CriterionKind kind, const QList<ScaleLevel>& scale)
{
    if (kind == CriterionKind::Hard) {
        return rating > 0 ? tr("Met") : tr("Not met");
    }
    for (const ScaleLevel& level : scale) {
        if (level.rating == rating) {
            return tr("%1 – %2").arg(rating).arg(level.label);
        }
    }
    return QString::number(rating);
}

QString AssessmentSheet::withoutIdentity(const QString& text, const SheetData& data)
{
    if (text.isEmpty()) {
        return text;
    }
    const QString code = candidateCode(data.candidateId);
    // Longest first, so that "Direction générale des douanes du Sénégal" goes whole before
    // any of its words could.
    QList<std::pair<QString, QString>> identities;
    const auto add = [&](const QString& words, const QString& replacement) {
        if (words.trimmed().size() >= 2) {
            identities.append({words.trimmed(), replacement});
        }
    };
    add(data.name, code);
    for (const QString& part : data.name.split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts)) {
        add(part, code);
    }
    add(data.administration, tr("[administration]"));
    add(data.country, tr("[country]"));
    std::stable_sort(identities.begin(), identities.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    QString out = text;
    for (const auto& [words, replacement] : std::as_const(identities)) {
        const QRegularExpression whole(
            QStringLiteral("(?<!\\w)") + QRegularExpression::escape(words) + QStringLiteral("(?!\\w)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        out.replace(whole, replacement);
    }
    return out;
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
    s.context =
        data.workshopTitle.isEmpty()
            ? data.profileTitle
            : QString(data.workshopTitle + QLatin1Char('\n') + dates(locale, data.workshopStart, data.workshopEnd));

    QString html;
    html.reserve(16 * 1024);
    html += QStringLiteral("<h1>") + esc(tr("Candidate assessment sheet")) + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"muted\">") +
            esc(options.blank ? tr("To be completed by the assessor during the workshop. Tick one box a criterion. The "
                                   "candidate code and each criterion's code name the ratings when they are typed "
                                   "back (scores-import, or the scores grid).")
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

    const SheetContext context{data, options, locale};
    if (options.blank) {
        html += scaleLegend(context);
    }
    for (const auto* groups : {&data.profileGroups, &data.workshopGroups}) {
        for (const SheetGroup& g : *groups) {
            html += options.blank ? blankGroup(g, context) : filledGroup(g, context);
        }
    }
    if (options.blank) {
        html += QStringLiteral("<h2>") + esc(tr("General comments")) + QStringLiteral("</h2>") + HtmlText::tableStart();
        for (int i = 0; i < 5; ++i) {
            html += QStringLiteral("<tr><td>&nbsp;<br/>&nbsp;</td></tr>");
        }
        html += QStringLiteral("</table>");
        html += signatureBlock(tr("Assessor (name)"));
    } else {
        html += outcomeSection(context);
        html += signatureBlock(tr("Secretariat officer (name)"));
    }
    s.html = html;
    return s;
}
