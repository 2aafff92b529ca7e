// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct AuditLabelsText {
    Q_DECLARE_TR_FUNCTIONS(AuditLabels)
};

}  // namespace

QString AuditLabels::action(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("file.create"), QT_TRANSLATE_NOOP("AuditLabels", "File created")},
        {QStringLiteral("file.upgrade"), QT_TRANSLATE_NOOP("AuditLabels", "File format upgraded")},
        {QStringLiteral("file.restore"), QT_TRANSLATE_NOOP("AuditLabels", "File restored from a backup")},
        {QStringLiteral("lease.take"), QT_TRANSLATE_NOOP("AuditLabels", "Started editing")},
        {QStringLiteral("lease.release"), QT_TRANSLATE_NOOP("AuditLabels", "Stopped editing")},
        {QStringLiteral("lease.takeover"), QT_TRANSLATE_NOOP("AuditLabels", "Took over editing")},
        {QStringLiteral("candidate.create"), QT_TRANSLATE_NOOP("AuditLabels", "Candidate added")},
        {QStringLiteral("candidate.update"), QT_TRANSLATE_NOOP("AuditLabels", "Candidate changed")},
        {QStringLiteral("candidate.archive"), QT_TRANSLATE_NOOP("AuditLabels", "Candidate archived")},
        {QStringLiteral("candidate.restore"),
         QT_TRANSLATE_NOOP("AuditLabels", "Candidate brought back from the archive")},
        {QStringLiteral("candidate.erase"), QT_TRANSLATE_NOOP("AuditLabels", "Personal data erased")},
        {QStringLiteral("candidate.link"), QT_TRANSLATE_NOOP("AuditLabels", "Candidates linked as the same person")},
        {QStringLiteral("candidate.import"), QT_TRANSLATE_NOOP("AuditLabels", "Applications imported")},
        {QStringLiteral("decision.record"), QT_TRANSLATE_NOOP("AuditLabels", "Decision recorded")},
        {QStringLiteral("attachment.add"), QT_TRANSLATE_NOOP("AuditLabels", "Document attached")},
        {QStringLiteral("attachment.remove"), QT_TRANSLATE_NOOP("AuditLabels", "Document removed")},
        {QStringLiteral("document.index"), QT_TRANSLATE_NOOP("AuditLabels", "Documents' text read for the search")},
        {QStringLiteral("workshop.create"), QT_TRANSLATE_NOOP("AuditLabels", "Workshop added")},
        {QStringLiteral("workshop.update"), QT_TRANSLATE_NOOP("AuditLabels", "Workshop changed")},
        {QStringLiteral("activity.create"), QT_TRANSLATE_NOOP("AuditLabels", "Activity added")},
        {QStringLiteral("activity.update"), QT_TRANSLATE_NOOP("AuditLabels", "Activity changed")},
        {QStringLiteral("activity.remove"), QT_TRANSLATE_NOOP("AuditLabels", "Activity removed")},
        {QStringLiteral("unavailability.create"), QT_TRANSLATE_NOOP("AuditLabels", "Unavailability declared")},
        {QStringLiteral("unavailability.update"), QT_TRANSLATE_NOOP("AuditLabels", "Unavailability changed")},
        {QStringLiteral("unavailability.remove"), QT_TRANSLATE_NOOP("AuditLabels", "Unavailability removed")},
        {QStringLiteral("person.create"), QT_TRANSLATE_NOOP("AuditLabels", "Person recorded")},
        {QStringLiteral("person.update"), QT_TRANSLATE_NOOP("AuditLabels", "Person changed")},
        {QStringLiteral("review.import"), QT_TRANSLATE_NOOP("AuditLabels", "Review file imported")},
        {QStringLiteral("workshop.criteria"), QT_TRANSLATE_NOOP("AuditLabels", "Workshop's criteria changed")},
        {QStringLiteral("profile.update"), QT_TRANSLATE_NOOP("AuditLabels", "Competence profile threshold changed")},
        {QStringLiteral("assignment.create"), QT_TRANSLATE_NOOP("AuditLabels", "Reviewer assigned")},
        {QStringLiteral("assignment.remove"), QT_TRANSLATE_NOOP("AuditLabels", "Reviewer unassigned")},
        {QStringLiteral("assignment.spread"), QT_TRANSLATE_NOOP("AuditLabels", "Reviewers spread over candidates")},
        {QStringLiteral("consensus.record"), QT_TRANSLATE_NOOP("AuditLabels", "Consensus recorded")},
        {QStringLiteral("consensus.import"), QT_TRANSLATE_NOOP("AuditLabels", "Consensus entered in bulk")},
        {QStringLiteral("consensus.clear"), QT_TRANSLATE_NOOP("AuditLabels", "Consensus cleared")},
        {QStringLiteral("outcome.record"), QT_TRANSLATE_NOOP("AuditLabels", "Assessment outcome recorded")},
        {QStringLiteral("settings.update"), QT_TRANSLATE_NOOP("AuditLabels", "Setting changed")},
        {QStringLiteral("letter_template.create"), QT_TRANSLATE_NOOP("AuditLabels", "Letter text edited")},
        {QStringLiteral("letter_template.update"), QT_TRANSLATE_NOOP("AuditLabels", "Letter text edited")},
        {QStringLiteral("letter_template.reset"),
         QT_TRANSLATE_NOOP("AuditLabels", "Letter text back to the built-in one")},
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? key : AuditLabelsText::tr(found.value());
}

QString AuditLabels::group(const QString& key)
{
    const QString prefix = key.section(QLatin1Char('.'), 0, 0);
    if (prefix == QLatin1String("attachment") || prefix == QLatin1String("unavailability") ||
        prefix == QLatin1String("document")) {
        return QStringLiteral("candidate");
    }
    if (prefix == QLatin1String("assignment") || prefix == QLatin1String("consensus") ||
        prefix == QLatin1String("outcome")) {
        return QStringLiteral("review");
    }
    if (prefix == QLatin1String("lease") || prefix == QLatin1String("settings") || prefix == QLatin1String("profile") ||
        prefix == QLatin1String("letter_template")) {
        return QStringLiteral("file");
    }
    return prefix;
}

QList<QPair<QString, QString>> AuditLabels::groups()
{
    return {{QStringLiteral("candidate"), AuditLabelsText::tr("Candidates and documents")},
            {QStringLiteral("decision"), AuditLabelsText::tr("Decisions")},
            {QStringLiteral("workshop"), AuditLabelsText::tr("Workshops")},
            {QStringLiteral("activity"), AuditLabelsText::tr("Activities")},
            {QStringLiteral("person"), AuditLabelsText::tr("People")},
            {QStringLiteral("review"), AuditLabelsText::tr("Reviews")},
            {QStringLiteral("file"), AuditLabelsText::tr("File, editing and settings")}};
}
